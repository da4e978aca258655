package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph compact}: give back the disk space that replaced graphs left in the TDB2 store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
    description = {"Compact the TDB2 store: copy its live data into a new generation and delete the old one.",
        "TDB2 never reuses the space of replaced data, so every reload of a document grows the store (by a few MB "
            + "for an article); compacting gives that space back. The data and the text index are unchanged. The "
            + "store must not be in use (stop `claimgraph serve` first)."},
    footer = {"", "Examples:", "  ./claimgraph compact", "  ./claimgraph compact --data /srv/claimgraph/data",
        "  ./claimgraph load corpus/ --compact       (load, then compact)", "", ExitCodes.HELP})
final class CompactCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LoggingOptions logging;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() {
    try (TdbStore tdb = TdbStore.open(store.location())) {
      report(spec.commandLine().getErr(), tdb, tdb.compact());
    }
    return ExitCodes.OK;
  }

  static void report(PrintWriter err, TdbStore tdb, TdbStore.Compaction c) {
    err.printf(Locale.ROOT, "claimgraph: compacted %s: %s -> %s (%s given back)%n", tdb.location().tdb2Directory(),
        megabytes(c.bytesBefore()), megabytes(c.bytesAfter()), megabytes(Math.max(0, c.bytesSaved())));
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
