package org.claimgraph.cli;

import picocli.CommandLine.Option;

/** -v / -q for every command; applied before any logger is created. */
final class LoggingOptions {
  @Option(names = {"-v", "--verbose"}, description = "More detail on stderr: library logs and stack traces.")
  void verbose(boolean on) {
    if (on) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
      for (String lib : new String[] {"edu.stanford.nlp", "org.apache.jena", "org.eclipse.jetty"}) {
        System.setProperty("org.slf4j.simpleLogger.log." + lib, "info");
      }
    }
  }

  @Option(names = {"-q", "--quiet"}, description = "Only errors on stderr; no progress.")
  void quiet(boolean on) {
    if (on) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
      quiet = true;
    }
  }

  boolean quiet;
}
