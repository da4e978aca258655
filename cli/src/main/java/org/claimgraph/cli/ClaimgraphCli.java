package org.claimgraph.cli;

import java.io.PrintWriter;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.eval.GoldFormatException;
import org.claimgraph.extract.lexicon.LexiconException;
import org.claimgraph.store.LoadException;
import org.claimgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimgraph} command: articles about the AI industry in, a knowledge graph out. */
@Command(
    name = "claimgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns articles about the AI industry into a knowledge graph of people, companies, models, "
        + "products, events and claims, stored in TDB2 and served by Fuseki.",
    subcommands = {
        UpCommand.class,
        ExtractCommand.class,
        LoadCommand.class,
        IngestCommand.class,
        ServeCommand.class,
        ExportCommand.class,
        CompactCommand.class,
        EvalCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", ExitCodes.HELP})
public final class ClaimgraphCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** A command line wired with our error handling, writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new ClaimgraphCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(ClaimgraphCli::handle);
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    return cl;
  }

  /** Whether {@code e} is a failure of the input the user gave (a file, a lexicon, a gold set), not a bug. */
  static boolean isBadInput(Throwable e) {
    return e instanceof ExtractionException || e instanceof InputException || e instanceof LoadException
        || e instanceof GoldFormatException || e instanceof LexiconException;
  }

  /** One line on stderr for expected failures; the stack trace only with -v. */
  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("-v"))
        || parsed.hasMatchedOption("-v");
    PrintWriter err = cl.getErr();
    int code;
    if (isBadInput(e)) {
      code = ExitCodes.BAD_INPUT;
      err.println("claimgraph: " + e.getMessage());
    } else if (e instanceof StoreException) {
      code = ExitCodes.STORE;
      err.println("claimgraph: " + e.getMessage());
    } else {
      code = ExitCodes.INTERNAL;
      err.println("claimgraph: internal error: " + e + (verbose ? "" : " (run with -v for the stack trace)"));
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(commandLine(out, err).execute(args));
  }
}
