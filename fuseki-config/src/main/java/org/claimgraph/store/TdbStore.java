package org.claimgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.system.Txn;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claimgraph store: a TDB2 dataset on disk, wrapped by jena-text so that labels and claim text are
 * indexed in Lucene in the same transactions. The dataset is assembled from the {@code text:TextDataset}
 * of a Fuseki configuration ({@code fuseki-config/config.ttl} unless told otherwise), so the store opened
 * here and the one Fuseki serves are built from one description.
 * <p>
 * One process at a time: TDB2 locks its directory ({@code tdb.lock}), Lucene its index ({@code write.lock}).
 * Close the store to release both.
 */
public final class TdbStore implements AutoCloseable {

    static {
        JenaSystem.init();
    }

    private static final Logger LOG = LoggerFactory.getLogger(TdbStore.class);
    private static final Pattern DATA_DIRECTORY = Pattern.compile("Data-\\d+");
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");
    /** Entries TDB2 itself may leave in a directory before any data is written. */
    private static final List<String> TDB2_HOUSEKEEPING = List.of("tdb.lock", "tdb.cfg");

    /** Stores open in this JVM. TDB2 would share a connection silently; Lucene would refuse with a lock error. */
    private static final Set<StoreLocation> OPEN = ConcurrentHashMap.newKeySet();

    private final DatasetGraph dataset;
    private final StoreLocation location;
    private boolean closed;

    private TdbStore(DatasetGraph dataset, StoreLocation location) {
        this.dataset = dataset;
        this.location = location;
    }

    /** Opens (creating if absent) the store under {@code dataDirectory}: {@code tdb2/} and {@code lucene/}. */
    public static TdbStore open(Path dataDirectory) {
        return open(StoreLocation.under(dataDirectory));
    }

    /** Opens (creating if absent) the store at the given directories, with the bundled index definition. */
    public static TdbStore open(StoreLocation location) {
        return open(StoreConfiguration.bundled().relocate(location));
    }

    /** Opens the store described by a configuration, at the directories it names. */
    public static TdbStore open(StoreConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        StoreLocation location = configuration.location().toAbsolute();
        checkOpenable(location);
        synchronized (OPEN) {
            if (OPEN.stream().anyMatch(open -> overlaps(open, location)))
                throw new StoreInUseException("The store " + location.tdb2Directory() + " (or its text index "
                        + location.textIndexDirectory() + ") is already open in this process; close it first,"
                        + " or pass the open TdbStore along.", null);
            OPEN.add(location);
        }
        try {
            Dataset assembled = (Dataset) Assembler.general().open(configuration.storeDataset());
            LOG.debug("Opened store {}", location);
            return new TdbStore(assembled.asDatasetGraph(), location);
        } catch (RuntimeException e) {
            releaseTdb2(location); // the TDB2 part may be open (and locked) when the index failed
            OPEN.remove(location);
            throw translateOpenFailure(e, location);
        }
    }

    /** The text-indexed dataset. Use it inside transactions ({@code Txn.executeRead/executeWrite}). */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Where the store lives (absolute paths). */
    public StoreLocation location() {
        return location;
    }

    /** Counts for the CLI summary and the home page (a read transaction). */
    public StoreStatistics statistics() {
        requireOpen();
        return StoreStatistics.compute(dataset);
    }

    /** Quads stored, over all graphs, as {@link StoreStatistics#triples()} counts them, without the rest of the
     *  statistics and without looking up any term (a read transaction). */
    public long quadCount() {
        requireOpen();
        return Txn.calculateRead(dataset, () -> QuadCounts.all(dataset));
    }

    public boolean isClosed() {
        return closed;
    }

    /** Bytes on disk before and after a {@link #compact()}. */
    public record Compaction(long bytesBefore, long bytesAfter) {
        public long bytesSaved() {
            return bytesBefore - bytesAfter;
        }
    }

    /**
     * Compacts the TDB2 database: copies the live data into a new {@code Data-NNNN} generation and deletes the old
     * one. TDB2 never reuses the blocks a write transaction replaces, so replacing a document's graph leaves its old
     * blocks behind and the store grows with every reload of the same document; compaction gives that space back.
     * The text index holds no TDB2 node ids, so it stays valid. Needs the store to itself (no transaction open).
     */
    public synchronized Compaction compact() {
        requireOpen();
        DatasetGraph tdb2 = tdb2(dataset);
        if (tdb2 == null)
            throw new StoreException("The store at " + location.tdb2Directory() + " is not a TDB2 database;"
                    + " only TDB2 stores can be compacted.");
        long before = bytesInUse(location.tdb2Directory());
        DatabaseMgr.compact(tdb2, true);
        long after = bytesInUse(location.tdb2Directory());
        LOG.debug("Compacted {}: {} -> {} bytes", location.tdb2Directory(), before, after);
        return new Compaction(before, after);
    }

    /**
     * The bytes the files under {@code directory} really hold, counted in 4 KB pages that are not all zero. TDB2
     * memory-maps its indexes in 8 MB segments, sparse on disk, so file sizes say 8 MB for an index holding a few
     * blocks; Java cannot ask the file system for allocated blocks, and unwritten pages of a sparse file read as
     * zeros, so this comes close to what {@code du} reports.
     */
    public static long bytesInUse(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator)
                total += nonZeroBytes(file);
            return total;
        } catch (IOException e) {
            throw new StoreException("Cannot measure " + directory + ": " + e.getMessage(), e);
        }
    }

    private static final int PAGE = 4096;

    private static long nonZeroBytes(Path file) throws IOException {
        long used = 0;
        ByteBuffer buffer = ByteBuffer.allocate(256 * PAGE);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                buffer.clear();
                int read = readFully(channel, buffer);
                if (read <= 0)
                    break;
                for (int page = 0; page < read; page += PAGE)
                    if (!zeros(buffer, page, Math.min(read, page + PAGE)))
                        used += Math.min(PAGE, read - page);
                if (read < buffer.capacity())
                    break;
            }
        }
        return used;
    }

    private static int readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer);
            if (n < 0)
                break;
            total += n;
        }
        return total;
    }

    private static boolean zeros(ByteBuffer buffer, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES)
            if (buffer.getLong(i) != 0)
                return false;
        for (; i < to; i++)
            if (buffer.get(i) != 0)
                return false;
        return true;
    }

    /** The TDB2 dataset under the text-index wrapper, or null. */
    private static DatasetGraph tdb2(DatasetGraph dataset) {
        DatasetGraph base = dataset;
        // Unwrap the text dataset down to the TDB2 switchable (itself a wrapper, so stop there).
        while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper wrapper)
            base = wrapper.getWrapped();
        return TDBInternal.isTDB2(base) ? base : null;
    }

    /** Closes the text index and releases the TDB2 directory lock. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed)
            return;
        closed = true;
        try {
            dataset.close(); // closes the Lucene index (text dataset) and the TDB2 switchable
        } finally {
            DatasetGraph base = tdb2(dataset);
            if (base != null)
                TDBInternal.expel(base);
            else
                releaseTdb2(location);
            OPEN.remove(location);
            LOG.debug("Closed store {}", location);
        }
    }

    @Override
    public String toString() {
        return "TdbStore[" + location.tdb2Directory() + ", index " + location.textIndexDirectory() + "]";
    }

    private void requireOpen() {
        if (closed)
            throw new IllegalStateException("The store at " + location.tdb2Directory() + " is closed");
    }

    /** Refuses directories that are files, or that hold something other than a TDB2 database. */
    static void checkOpenable(StoreLocation location) {
        Path tdb = location.tdb2Directory();
        if (Files.exists(tdb) && !Files.isDirectory(tdb))
            throw new StoreException(tdb + " is a file, not a directory; give a directory for the TDB2 store"
                    + " (it is created when missing).");
        if (Files.isDirectory(tdb) && !looksLikeTdb2(tdb))
            throw new StoreException(tdb + " is not a TDB2 database: it is not empty and has no Data-NNNN directory"
                    + " (a TDB1 database or other files?). Choose an empty or new directory, or a TDB2 store.");
        Path index = location.textIndexDirectory();
        if (Files.exists(index) && !Files.isDirectory(index))
            throw new StoreException(index + " is a file, not a directory; give a directory for the text index.");
    }

    private static boolean overlaps(StoreLocation a, StoreLocation b) {
        return a.tdb2Directory().equals(b.tdb2Directory()) || a.textIndexDirectory().equals(b.textIndexDirectory());
    }

    private static boolean looksLikeTdb2(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            if (names.stream().anyMatch(name -> DATA_DIRECTORY.matcher(name).matches()))
                return true;
            return names.stream().allMatch(TDB2_HOUSEKEEPING::contains);
        } catch (IOException e) {
            throw new StoreException("Cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void releaseTdb2(StoreLocation location) {
        try {
            DatabaseConnection.internalExpel(Location.create(location.tdb2Directory()), false);
        } catch (RuntimeException e) {
            LOG.debug("Releasing {} after a failed open: {}", location.tdb2Directory(), e.toString());
        }
    }

    private static StoreException translateOpenFailure(RuntimeException e, StoreLocation location) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Failed to get a lock") && message.contains("tdb.lock")) {
                Matcher pid = HELD_BY.matcher(message);
                String holder = pid.find() ? "process " + pid.group(1) : "another process";
                return new StoreInUseException("The store " + location.tdb2Directory() + " is in use by " + holder
                        + " (a running `claimgraph serve`?). Stop it, or use another store directory.", e);
            }
            if (t instanceof LockObtainFailedException)
                return new StoreInUseException("The text index " + location.textIndexDirectory()
                        + " is in use (its write.lock is held by another process, or the store is already open"
                        + " in this one). Stop the other user, or close the store first.", e);
        }
        return new StoreException("Cannot open the store at " + location.tdb2Directory() + " (text index "
                + location.textIndexDirectory() + "): " + e.getMessage(), e);
    }
}
