package org.claimgraph.cli;

/** The exit codes of every claimgraph command (also listed in each command's --help). */
public final class ExitCodes {
  /** Everything asked for was done. */
  public static final int OK = 0;
  /** Some inputs failed and were reported; the others were processed. */
  public static final int PARTIAL = 1;
  /** The command line is wrong (unknown option, missing value). */
  public static final int USAGE = 2;
  /** No input could be processed: missing, empty, binary, undecodable, or not an article. */
  public static final int BAD_INPUT = 3;
  /** The store or server could not be used (locked, corrupt, port taken). */
  public static final int STORE = 4;
  /** A bug: the message and, with -v, the stack trace say where. */
  public static final int INTERNAL = 70;

  static final String HELP = """
      Exit codes:
        0   success
        1   some inputs failed (each on stderr); the others were processed
        2   usage error
        3   no input usable: missing, empty, binary, undecodable, not an article
        4   store or server error: store locked, port in use, corrupt store
        70  internal error (run with -v for the stack trace)""";

  private ExitCodes() {}
}
