package org.claimgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns the FILES|DIRS of a command line into the files to read. */
final class InputFiles {
  /** The bundled essay, relative to the project directory. */
  static final Path BUNDLED_ESSAY = Path.of("corpus", "genai-balance-2023.zh.raw.txt");
  private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text", ".md", ".html", ".htm");
  private static final List<String> RDF_EXTENSIONS =
      List.of(".ttl", ".trig", ".nq", ".nt", ".jsonld", ".rdf", ".owl", ".n3");

  private InputFiles() {}

  /** The project directory: where the launcher runs from (-Dclaimgraph.home), else the working directory. */
  static Path home() {
    return Path.of(System.getProperty("claimgraph.home", ".")).toAbsolutePath().normalize();
  }

  static Path bundledEssay() {
    return home().resolve(BUNDLED_ESSAY);
  }

  /** The given inputs, or the bundled essay when there are none, expanded. */
  static List<Path> orBundledEssay(List<Path> inputs, boolean acceptRdf) {
    return expand(inputs.isEmpty() ? List.of(bundledEssay()) : inputs, acceptRdf);
  }

  /**
   * Expands directories to their text files (sorted, so runs are repeatable). A missing path or a directory without
   * text files is an error.
   */
  static List<Path> expand(List<Path> paths, boolean acceptRdf) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isRegularFile(p)) {
        files.add(p);
      } else if (Files.isDirectory(p)) {
        List<Path> found = list(p, acceptRdf);
        if (found.isEmpty()) {
          throw new InputException(p + ": directory has no text files (" + String.join(" ", TEXT_EXTENSIONS)
              + (acceptRdf ? " or RDF files" : "") + "); name the files, or give them one of these extensions");
        }
        files.addAll(found);
      } else if (!Files.exists(p)) {
        throw new InputException(p + ": no such file or directory");
      } else {
        throw new InputException(p + ": not a regular file or directory");
      }
    }
    return files;
  }

  /** The article text files under {@code dir}, sorted; possibly none. */
  static List<Path> textFilesIn(Path dir) {
    return list(dir, false);
  }

  private static List<Path> list(Path dir, boolean acceptRdf) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> isText(f) || (acceptRdf && isRdf(f)))
          // A folder's README describes the folder; it is not one of its articles.
          .filter(f -> !f.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list directory", e);
    }
  }

  static boolean isText(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return TEXT_EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  static boolean isRdf(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    return RDF_EXTENSIONS.stream().anyMatch(n::endsWith);
  }
}
