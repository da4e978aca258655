package org.claimgraph.cli;

/** The command line names inputs that cannot be used; the message says which and how to fix it. */
final class InputException extends RuntimeException {
  InputException(String message) {
    super(message);
  }
}
