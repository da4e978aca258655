package org.claimgraph.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives on disk: the TDB2 database directory and the Lucene text index directory.
 *
 * @param tdb2Directory      the TDB2 database (holds {@code Data-0001/} once created)
 * @param textIndexDirectory the Lucene index over labels and claim text
 */
public record StoreLocation(Path tdb2Directory, Path textIndexDirectory) {

    /** The layout of {@code fuseki-config/config.ttl}: {@code data/tdb2} and {@code data/lucene}. */
    public static final StoreLocation DEFAULT = under(Path.of("data"));

    public StoreLocation {
        Objects.requireNonNull(tdb2Directory, "tdb2Directory");
        Objects.requireNonNull(textIndexDirectory, "textIndexDirectory");
        if (tdb2Directory.toAbsolutePath().normalize().equals(textIndexDirectory.toAbsolutePath().normalize()))
            throw new IllegalArgumentException("The TDB2 directory and the text index directory must differ: "
                    + tdb2Directory);
    }

    /** {@code dataDirectory/tdb2} and {@code dataDirectory/lucene}, the layout the configuration uses. */
    public static StoreLocation under(Path dataDirectory) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        return new StoreLocation(dataDirectory.resolve("tdb2"), dataDirectory.resolve("lucene"));
    }

    /** The same location with absolute, normalized paths. */
    public StoreLocation toAbsolute() {
        return new StoreLocation(tdb2Directory.toAbsolutePath().normalize(),
                textIndexDirectory.toAbsolutePath().normalize());
    }
}
