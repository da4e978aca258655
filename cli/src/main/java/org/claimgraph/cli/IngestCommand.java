package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.extract.pipeline.DocumentExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph ingest}: articles in, named graphs PUT into a running server. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
        "Extract articles and send each one's named graph to a running server (claimgraph's, or any store that "
            + "speaks the SPARQL Graph Store Protocol) with HTTP PUT, as soon as it is finished. A document sent "
            + "again replaces its graph in one transaction.",
        "Documents already sent with the same settings are skipped (see --ledger), so a run that was stopped can "
            + "simply be run again. With --watch, keeps running and sends each article that appears or changes "
            + "in a folder, loading the models once."},
    footer = {"", "Examples:",
        "  ./claimgraph serve --passwd passwd.txt &",
        "  ./claimgraph ingest corpus/ --to http://localhost:3030/kg --passwd passwd.txt",
        "  ./claimgraph ingest --watch inbox/ --to http://localhost:3030/kg --passwd passwd.txt",
        "", ExitCodes.HELP})
final class IngestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LoggingOptions logging;

  @Mixin
  ExtractionOptions options;

  @Parameters(paramLabel = "FILES|DIRS", arity = "0..*", description = "Article text files, or directories of them.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--to", paramLabel = "URL", required = true,
      description = "The dataset to send to, e.g. http://localhost:3030/kg (a claimgraph server's is /kg).")
  String to;

  @Option(names = "--endpoint", paramLabel = "NAME", defaultValue = "data",
      description = "Its read-write Graph Store Protocol endpoint, under URL (default: ${DEFAULT-VALUE}, Fuseki's "
          + "name; empty: URL itself).")
  String endpoint;

  @Option(names = "--passwd", paramLabel = "FILE",
      description = "The server's password file (lines 'user: password', as for serve --passwd); logs in as its "
          + "first user, or --user.")
  Path passwordFile;

  @Option(names = "--user", paramLabel = "NAME", description = "Which user of the password file to log in as.")
  String user;

  @Option(names = "--watch", paramLabel = "DIR",
      description = "After FILES, keep running and send each article that appears or changes in DIR.")
  Path watch;

  @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "2",
      description = "How often --watch looks at DIR (default: ${DEFAULT-VALUE}).")
  long pollSeconds;

  @Option(names = "--ledger", paramLabel = "FILE",
      defaultValue = "${sys:claimgraph.home:-.}/data/ingest-ledger.tsv",
      description = "Where the documents already sent are recorded (default: data/ingest-ledger.tsv in the "
          + "project directory).")
  Path ledger;

  @Option(names = "--force", description = "Send every document, even those the ledger says were sent.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.isEmpty() && watch == null) {
      throw new InputException("nothing to ingest: give FILES|DIRS, or --watch DIR");
    }
    if (user != null && passwordFile == null) {
      throw new InputException("--user " + user + " needs --passwd FILE");
    }
    if (pollSeconds < 1) {
      throw new InputException("--poll " + pollSeconds + ": give 1 second or more");
    }
    List<Path> files = InputFiles.expand(inputs, false);
    GraphStoreTarget target = new GraphStoreTarget(to, endpoint,
        passwordFile == null ? null : PasswordFile.read(passwordFile, user));
    DocumentExtractor extractor = options.extractor();
    String settings = options.base + "|" + extractor.annotator().signature() + "|" + options.lexicons;
    Ingester ingester = new Ingester(
        () -> ExtractionRun.with(options, logging, err, false, extractor).reusingResults(options.resultCache()),
        options.decoder(), settings, target, IngestLedger.open(ledger.toAbsolutePath()), err, force);
    // Before any model loads: a wrong URL or password fails in a second, not after the models.
    ingester.sendOntology();
    int code = files.isEmpty() ? ExitCodes.OK : ingester.ingest(files);
    if (watch != null) {
      ingester.watch(watch, Duration.ofSeconds(pollSeconds));
    }
    return code;
  }
}
