package org.claimgraph.cli;

import org.claimgraph.store.ExportFormat;

/** Parses --format values with a message that lists the choices. */
final class Formats {
  private Formats() {}

  static ExportFormat parse(String name) {
    try {
      return ExportFormat.fromName(name);
    } catch (IllegalArgumentException e) {
      throw new InputException("--format " + name + ": " + e.getMessage());
    }
  }
}
