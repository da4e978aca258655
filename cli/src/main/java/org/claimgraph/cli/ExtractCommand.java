package org.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.store.ExportFormat;
import org.claimgraph.store.Exporter;
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
          + "others keep one named graph per document.")
  String format;

  @Option(names = "--report", description = "List every decision of the cleaner: each line kept (with its role) or dropped (with its reason), and every repair.")
  boolean report;

  @Override
  public Integer call() throws IOException {
    ExportFormat exportFormat = Formats.parse(format);
    List<Path> files = InputFiles.orBundledEssay(inputs, false);
    PrintWriter err = spec.commandLine().getErr();
    ExtractionRun run = ExtractionRun.with(options, logging, err, report).run(files);
    if (!run.done.isEmpty()) {
      Exporter exporter = new Exporter(run.dataset, Exporter.defaultPrefixes());
      if (output == null) {
        OutputStream out = System.out;
        exporter.exportAll(exportFormat, out);
        out.flush();
      } else {
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(output)) {
          exporter.exportAll(exportFormat, out);
        }
      }
    }
    err.println("claimgraph: " + run.summary());
    return run.exitCode();
  }
}
