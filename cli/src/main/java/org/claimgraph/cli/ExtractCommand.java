package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph extract}: articles in, RDF out, nothing stored. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {
        "Extract entities, relations and claims from articles and write them as RDF, one named graph per document.",
        "With no FILES, extracts the bundled essay. Progress and a summary go to stderr; the RDF to stdout or -o."},
    footer = {"", "Examples:",
        "  ./claimgraph extract > essay.ttl              (the bundled essay)",
        "  ./claimgraph extract corpus/ -o kg.trig --format trig",
        "  ./claimgraph extract article.txt --report     (every line kept or dropped, and why)",
        "", ExitCodes.HELP})
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LoggingOptions logging;

  @Mixin
  ExtractionOptions options;

  @Parameters(paramLabel = "FILES|DIRS", arity = "0..*",
      description = "Article text files, or directories of them (default: the bundled essay).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the RDF here instead of stdout.")
  Path output;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "ttl",
      description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}). Turtle merges the documents' graphs; the "
          + "others keep one named graph per document. All but JSON-LD are written as each document finishes.")
  String format;

  @Option(names = "--report", description = "List every decision of the cleaner: each line kept (with its role) or dropped (with its reason), and every repair.")
  boolean report;

  @Override
  public Integer call() throws IOException {
    ExportFormat exportFormat = Formats.parse(format);
    List<Path> files = InputFiles.orBundledEssay(inputs, false);
    PrintWriter err = spec.commandLine().getErr();
    ExtractionRun extraction = ExtractionRun.with(options, logging, err, report)
        .reusingResults(options.resultCache());
    Path partial = output == null ? null : partialFileFor(output);
    RdfOutput[] rdf = {null};
    OutputStream[] stream = {null};
    try {
      // Opened at the first finished document, so a run that extracts nothing writes nothing.
      extraction.run(files, document -> {
        if (rdf[0] == null) {
          stream[0] = partial == null ? System.out : new BufferedOutputStream(newOutputStream(partial));
          rdf[0] = new RdfOutput(exportFormat, stream[0]);
        }
        rdf[0].accept(document);
      });
      if (rdf[0] != null) {
        rdf[0].close();
        stream[0].flush();
        if (partial != null) {
          stream[0].close();
          Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } finally {
      if (partial != null) {
        if (stream[0] != null) {
          stream[0].close();
        }
        Files.deleteIfExists(partial);
      }
    }
    err.println("claimgraph: " + extraction.summary());
    return extraction.exitCode();
  }

  /** Written next to the output and moved over it at the end, so an interrupted run leaves no half file. */
  private static Path partialFileFor(Path output) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return parent.resolve("." + output.getFileName() + ".partial");
  }

  private static OutputStream newOutputStream(Path file) {
    try {
      return Files.newOutputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
    }
  }
}
