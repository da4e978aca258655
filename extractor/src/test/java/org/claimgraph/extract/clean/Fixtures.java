package org.claimgraph.extract.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** The test fixtures of this package, under {@code fixtures/clean/} on the test class path. */
final class Fixtures {
  private Fixtures() {}

  static Path dir() {
    URL url = Fixtures.class.getResource("/fixtures/clean");
    if (url == null) {
      throw new IllegalStateException("fixtures/clean is missing from the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Latin names the fixture tests give {@link GlueRepair}. */
  static Set<String> knownNames() {
    Set<String> names = new LinkedHashSet<>();
    for (String line : read(dir().resolve("known-names.txt")).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        names.add(line.strip());
      }
    }
    return names;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
