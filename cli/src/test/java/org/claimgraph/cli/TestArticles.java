package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Articles for tests of the run flow: the bundled essay and the development articles, copied where asked. */
final class TestArticles {
  static final Path ESSAY = Path.of("..", "corpus", "genai-balance-2023.zh.raw.txt");
  static final Path DEV = Path.of("..", "extractor", "src", "test", "resources", "articles", "dev");

  private TestArticles() {}

  /** The essay and the first {@code devCount} development articles, copied into {@code dir}. */
  static List<Path> copy(Path dir, int devCount) throws IOException {
    Files.createDirectories(dir);
    Files.copy(ESSAY, dir.resolve(ESSAY.getFileName()));
    try (var dev = Files.list(DEV)) {
      for (Path p : dev.filter(f -> f.toString().endsWith(".txt")).sorted().limit(devCount).toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    return InputFiles.textFilesIn(dir);
  }
}
