package org.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void createsAStoreUnderTheDataDirectoryAndKeepsDataAcrossReopening() {
        try (TdbStore store = TdbStore.open(dataDir)) {
            new GraphLoader(store).loadFile(Fixtures.twoDocuments(), null);
            assertThat(store.location().tdb2Directory()).isEqualTo(dataDir.resolve("tdb2").toAbsolutePath());
        }
        assertThat(dataDir.resolve("tdb2/Data-0001")).isDirectory();
        assertThat(dataDir.resolve("lucene")).isDirectory();

        try (TdbStore reopened = TdbStore.open(dataDir)) {
            long d1Triples = Txn.calculateRead(reopened.dataset(),
                    () -> reopened.dataset().getGraph(Fixtures.node(Fixtures.D1)).size());
            assertThat(d1Triples).isEqualTo(Fixtures.fixtureGraph(Fixtures.D1).size());
            // The Lucene index was written in the same transactions and survives too.
            assertThat(TextSearch.subjects(reopened.dataset(), "rdfs:label", "苏茨克维")).containsExactly(Fixtures.ILYA);
        }
    }

    @Test
    void refusesADirectoryThatHoldsSomethingElse() throws IOException {
        Path tdb = Files.createDirectories(dataDir.resolve("tdb2"));
        Files.writeString(tdb.resolve("nodes.dat"), "a TDB1 file");

        assertThatThrownBy(() -> TdbStore.open(dataDir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(tdb.toString())
                .hasMessageContaining("is not a TDB2 database");
    }

    @Test
    void refusesAFileWhereTheStoreDirectoryShouldBe() throws IOException {
        Files.writeString(dataDir.resolve("tdb2"), "not a directory");

        assertThatThrownBy(() -> TdbStore.open(dataDir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is a file, not a directory");
    }

    @Test
    void refusesASecondOpenInTheSameProcessAndKeepsTheFirstUsable() {
        try (TdbStore first = TdbStore.open(dataDir)) {
            assertThatThrownBy(() -> TdbStore.open(dataDir))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageContaining("already open in this process");

            new GraphLoader(first).loadFile(Fixtures.twoDocuments(), null);
            assertThat(first.statistics().graphs()).isEqualTo(2);
        }
        // Closing released everything: it opens again.
        try (TdbStore again = TdbStore.open(dataDir)) {
            assertThat(again.statistics().graphs()).isEqualTo(2);
        }
    }

    @Test
    void namesTheProcessThatHoldsTheStore() throws Exception {
        TdbStore.open(dataDir).close(); // a real, empty TDB2 store
        Path lockFile = dataDir.resolve("tdb2/tdb.lock");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), lockFile.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("LOCKED");

            assertThatThrownBy(() -> TdbStore.open(dataDir))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageContaining("in use by process " + holder.pid())
                    .hasMessageContaining(dataDir.resolve("tdb2").toAbsolutePath().toString());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS))
                holder.destroyForcibly();
        }
        // Once the other process is gone, the store opens.
        try (TdbStore store = TdbStore.open(dataDir)) {
            assertThat(store.isClosed()).isFalse();
        }
    }

    @Test
    void closeIsIdempotentAndStatisticsNeedAnOpenStore() {
        TdbStore store = TdbStore.open(dataDir);
        store.close();
        store.close();
        assertThat(store.isClosed()).isTrue();
        assertThatThrownBy(store::statistics).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
