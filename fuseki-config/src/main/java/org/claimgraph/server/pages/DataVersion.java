package org.claimgraph.server.pages;

import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of the data a page sees, so pages can keep what they computed (home-page statistics, labels) until the
 * data changes through a load, a Graph Store Protocol PUT or an update. For a TDB2 store (under any wrappers, such as
 * jena-text) it is TDB2's own data version, which every write commit advances, as seen by the caller's transaction (or
 * by a fresh read transaction outside one). Other datasets have no version, and nothing is kept.
 */
final class DataVersion {

  /** One state of one database: compaction replaces the database (and its counter) behind the dataset. */
  record Tag(DatasetGraphTDB database, long version) {}

  private final Supplier<Optional<Tag>> source;

  private DataVersion(Supplier<Optional<Tag>> source) {
    this.source = source;
  }

  static DataVersion of(DatasetGraph dataset) {
    DatasetGraph base = dataset;
    while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper wrapper) {
      base = wrapper.getWrapped();
    }
    if (!TDBInternal.isTDB2(base)) {
      return new DataVersion(Optional::empty);
    }
    DatasetGraph tdb2 = base;
    // Joins the caller's transaction when there is one, so the tag names the state the caller reads.
    return new DataVersion(() -> Txn.calculateRead(tdb2, () -> {
      DatasetGraphTDB database = TDBInternal.getDatasetGraphTDB(tdb2);
      Transaction transaction = database.getTxnSystem().getThreadTransaction();
      return transaction == null ? Optional.empty() : Optional.of(new Tag(database, transaction.getDataVersion()));
    }));
  }

  /** The current state, or empty when the dataset cannot say (then nothing may be kept). */
  Optional<Tag> current() {
    return source.get();
  }
}
