package org.claimgraph.cli;

import java.nio.file.Path;
import org.claimgraph.store.StoreLocation;
import picocli.CommandLine.Option;

/** Where the TDB2 store and its text index live. */
final class StoreOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "${sys:claimgraph.home:-.}/data",
      description = "Data directory: the TDB2 store in DIR/tdb2, its text index in DIR/lucene "
          + "(default: data/ in the project directory).")
  Path data;

  StoreLocation location() {
    return StoreLocation.under(data.toAbsolutePath().normalize());
  }
}
