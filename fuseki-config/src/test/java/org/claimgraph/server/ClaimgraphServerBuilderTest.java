package org.claimgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimgraph.store.StoreException;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimgraphServerBuilderTest {

    @TempDir
    Path dir;

    @Test
    void rejectsPortsOutOfRangeNamingTheValue() {
        assertThatThrownBy(() -> ClaimgraphServer.create().port(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port=-1");
        assertThatThrownBy(() -> ClaimgraphServer.create().port(70000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port=70000");
    }

    @Test
    void rejectsABaseIriThatIsRelativeOrHasNoSeparatorAtTheEnd() {
        assertThatThrownBy(() -> ClaimgraphServer.create().baseIri("claimgraph/id/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseIri=claimgraph/id/");
        assertThatThrownBy(() -> ClaimgraphServer.create().baseIri("https://example.org/id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ending in '/' or '#'");
    }

    @Test
    void aPortInUseIsExplainedAndTheStoreIsReleased() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ClaimgraphServer server = ClaimgraphServer.create().port(taken.getLocalPort()).loopback(true)
                    .store(dir.resolve("store")).build();
            assertThatThrownBy(server::start)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " is in use").hasMessageContaining("--port");
        }
        // The failed start closed the store it opened, so it can be opened again.
        try (TdbStore again = TdbStore.open(dir.resolve("store"))) {
            assertThat(again.isClosed()).isFalse();
        }
    }

    @Test
    void rejectsMissingFiles() {
        Path missing = dir.resolve("missing.ttl");
        assertThatThrownBy(() -> ClaimgraphServer.create().config(missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("config=" + missing);
        assertThatThrownBy(() -> ClaimgraphServer.create().passwordFile(missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("passwordFile=" + missing);
    }

    @Test
    void rejectsAStoreThatIsAFileOrClosed() throws IOException {
        Path file = Files.writeString(dir.resolve("data"), "x");
        assertThatThrownBy(() -> ClaimgraphServer.create().store(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("store=" + file);

        TdbStore closed = TdbStore.open(dir.resolve("store"));
        closed.close();
        assertThatThrownBy(() -> ClaimgraphServer.create().store(closed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closed");
    }

    @Test
    void aConfigurationWithoutATextDatasetIsExplained() throws IOException {
        Path config = Files.writeString(dir.resolve("plain.ttl"), """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2: <http://jena.apache.org/2016/tdb#>
                <#s> a fuseki:Service ; fuseki:name "kg" ; fuseki:dataset <#d> .
                <#d> a tdb2:DatasetTDB2 ; tdb2:location "x" .
                """);
        assertThatThrownBy(() -> ClaimgraphServer.create().config(config).store(dir.resolve("data")).build())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(config.toString())
                .hasMessageContaining("text:TextDataset");
    }

    @Test
    void theStoreIsReleasedWhenTheServerStops() {
        Path data = dir.resolve("data");
        ClaimgraphServer server = ClaimgraphServer.create().port(0).store(data).build().start();
        assertThat(server.port()).isPositive();
        server.stop();

        try (TdbStore reopened = TdbStore.open(data)) {
            assertThat(reopened.isClosed()).isFalse();
        }
    }

    @Test
    void aServerOverAnOpenStoreLeavesItOpen() {
        try (TdbStore store = TdbStore.open(dir.resolve("data"))) {
            try (ClaimgraphServer server = ClaimgraphServer.create().port(0).store(store).build().start()) {
                assertThat(server.store()).isSameAs(store);
            }
            assertThat(store.isClosed()).isFalse();
        }
    }
}
