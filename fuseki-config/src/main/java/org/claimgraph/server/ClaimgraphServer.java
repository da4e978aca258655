package org.claimgraph.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.build.DatasetDescriptionMap;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.prometheus.FMod_Prometheus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.ontology.IriLayout;
import org.claimgraph.server.pages.ExampleQueries;
import org.claimgraph.server.pages.GraphChanges;
import org.claimgraph.server.pages.ExampleQuery;
import org.claimgraph.server.pages.LinkedDataPages;
import org.claimgraph.server.guard.QueryGuards;
import org.claimgraph.store.SafeParsing;
import org.claimgraph.store.StoreConfiguration;
import org.claimgraph.store.StoreException;
import org.claimgraph.store.StoreLocation;
import org.claimgraph.store.TdbStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claimgraph server: an embedded Fuseki (jena-fuseki-main) over the text-indexed TDB2 store, started
 * from a Fuseki configuration ({@code fuseki-config/config.ttl} unless told otherwise), with the Fuseki UI,
 * Prometheus metrics and the linked-data pages.
 * <pre>{@code
 * ClaimgraphServer server = ClaimgraphServer.create()
 *     .port(3030).loopback(true).store(Path.of("data"))
 *     .baseIri("https://w3id.org/claimgraph/id/")
 *     .build()
 *     .start();
 * }</pre>
 * Endpoints of the {@code /kg} service: {@code /kg/sparql} and {@code /kg/query} (read-only SPARQL),
 * {@code /kg/get} (Graph Store Protocol, read), {@code /kg/shacl}; with a password file also
 * {@code /kg/update}, {@code /kg/data} (GSP read-write) and {@code /kg/upload}, for logged-in users.
 * Server: {@code /$/ping}, {@code /$/stats}, {@code /$/metrics}, {@code /$/server} (read-only description for
 * the UI). There is no admin module, so {@code /$/datasets} does not exist. The linked-data pages have
 * {@code /} (home), {@code /id/*}, {@code /resource}, {@code /search}, {@code /assets/*}; the Fuseki UI opens at
 * {@code /?ui} ({@code /index.html} redirects there), since it makes its API calls relative to its own path.
 * <p>
 * Never loads CoreNLP: this module does not depend on the extractor.
 */
public final class ClaimgraphServer implements AutoCloseable {

    /** The base IRI data IRIs are minted under unless told otherwise (docs/rdf-model.md). */
    public static final String DEFAULT_BASE_IRI = IriLayout.DEFAULT_BASE;
    public static final int DEFAULT_PORT = 3030;
    /** Largest shapes graph /kg/shacl reads. */
    static final int MAX_SHACL_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ClaimgraphServer.class);

    private final FusekiServer fuseki;
    private final TdbStore store;
    private final boolean ownsStore;
    private final String serviceName;
    private final String baseIri;
    private final boolean writeEndpoints;
    private boolean started;
    private boolean stopped;

    private ClaimgraphServer(FusekiServer fuseki, TdbStore store, boolean ownsStore, String serviceName,
                             String baseIri, boolean writeEndpoints) {
        this.fuseki = fuseki;
        this.store = store;
        this.ownsStore = ownsStore;
        this.serviceName = serviceName;
        this.baseIri = baseIri;
        this.writeEndpoints = writeEndpoints;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Starts serving; returns this. */
    public synchronized ClaimgraphServer start() {
        if (stopped)
            throw new IllegalStateException("The server has been stopped; build a new one");
        if (!started) {
            try {
                fuseki.start();
            } catch (RuntimeException e) {
                if (ownsStore)
                    store.close();
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof java.net.BindException)
                        throw new StoreException("Port " + fuseki.getHttpPort() + " is in use by another program: "
                                + "stop it, or choose another port (--port 0 picks a free one)", e);
                }
                throw e;
            }
            started = true;
            LOG.info("claimgraph server at {} (store {})", serverUrl(), store.location().tdb2Directory());
        }
        return this;
    }

    /** The HTTP port (the actual one once started, when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://localhost:PORT/}: the linked-data home page. */
    public String serverUrl() {
        return "http://localhost:" + port() + "/";
    }

    /** The service name, e.g. {@code kg} (from {@code fuseki:name} in the configuration). */
    public String serviceName() {
        return serviceName;
    }

    /** {@code http://localhost:PORT/kg}. */
    public String datasetUrl() {
        return serverUrl() + serviceName;
    }

    /** {@code http://localhost:PORT/kg/sparql}: the read-only SPARQL endpoint. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The Fuseki UI's query editor for the dataset ({@code /?ui#/dataset/kg/query}: {@code /} is the home page). */
    public String queryUiUrl() {
        return serverUrl() + LinkedDataPages.queryUiPath(serviceName).substring(1);
    }

    /** The Fuseki UI ({@code /?ui}). */
    public String uiUrl() {
        String query = queryUiUrl();
        return query.substring(0, query.indexOf('#'));
    }

    /** The base IRI the linked-data pages map to this server. */
    public String baseIri() {
        return baseIri;
    }

    /** True when update, GSP write and upload endpoints exist (a password file is configured). */
    public boolean writeEndpointsEnabled() {
        return writeEndpoints;
    }

    /** The served store. */
    public TdbStore store() {
        return store;
    }

    /** The served (text-indexed) dataset. */
    public DatasetGraph dataset() {
        return store.dataset();
    }

    /** The example queries, with links into the UI. */
    public List<ExampleQuery> exampleQueries() {
        return ExampleQueries.all();
    }

    /** The underlying Fuseki server, for what this class does not cover. */
    public FusekiServer fusekiServer() {
        return fuseki;
    }

    /** Stops the server and closes the store if the server opened it. Idempotent. */
    public synchronized void stop() {
        if (stopped)
            return;
        stopped = true;
        try {
            if (started)
                fuseki.stop();
        } finally {
            if (ownsStore)
                store.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Fluent builder; setters reject bad values with a message that names the value. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private boolean loopback = true;
        private Path configFile;
        private StoreLocation storeLocation;
        private TdbStore openStore;
        private String baseIri = DEFAULT_BASE_IRI;
        private Path passwordFile;
        private boolean allowFederatedQueries;
        private int concurrentRequests = ConcurrencyLimitFilter.DEFAULT_PERMITS;

        private Builder() {}

        /** HTTP port; 0 picks a free one (read it back with {@link ClaimgraphServer#port()}). Default 3030. */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("Illegal port=" + port + " : port must be 0 (any free port) or 1..65535");
            this.port = port;
            return this;
        }

        /** Listen on localhost only (default true). */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /** The Fuseki configuration file; default: the bundled {@code fuseki-config/config.ttl}. */
        public Builder config(Path configFile) {
            Objects.requireNonNull(configFile, "configFile");
            if (!Files.isRegularFile(configFile) || !Files.isReadable(configFile))
                throw new IllegalArgumentException("Illegal config=" + configFile + " : not a readable file");
            this.configFile = configFile;
            return this;
        }

        /** Serve the store under {@code dataDirectory} ({@code tdb2/} and {@code lucene/}), opened at build. */
        public Builder store(Path dataDirectory) {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            if (Files.exists(dataDirectory) && !Files.isDirectory(dataDirectory))
                throw new IllegalArgumentException("Illegal store=" + dataDirectory + " : not a directory");
            return store(StoreLocation.under(dataDirectory));
        }

        /** Serve the store at these directories, opened at build, closed by {@link ClaimgraphServer#stop()}. */
        public Builder store(StoreLocation location) {
            this.storeLocation = Objects.requireNonNull(location, "location");
            this.openStore = null;
            return this;
        }

        /** Serve a store that is already open; the caller keeps it and closes it after stopping the server. */
        public Builder store(TdbStore store) {
            Objects.requireNonNull(store, "store");
            if (store.isClosed())
                throw new IllegalArgumentException("Illegal store=" + store + " : it is closed");
            this.openStore = store;
            this.storeLocation = null;
            return this;
        }

        /** The base IRI of the data (absolute, ending in '/' or '#'); default {@value #DEFAULT_BASE_IRI}. */
        public Builder baseIri(String baseIri) {
            Objects.requireNonNull(baseIri, "baseIri");
            try {
                IRIx iri = IRIx.create(baseIri);
                if (!iri.isReference() || !(baseIri.endsWith("/") || baseIri.endsWith("#")))
                    throw new IllegalArgumentException("Illegal baseIri=" + baseIri
                            + " : must be an absolute IRI ending in '/' or '#'");
            } catch (IRIException e) {
                throw new IllegalArgumentException("Illegal baseIri=" + baseIri + " : " + e.getMessage(), e);
            }
            this.baseIri = baseIri;
            return this;
        }

        /**
         * A password file (lines {@code user: password}); enables {@code /kg/update}, {@code /kg/data} and
         * {@code /kg/upload} for its users. Without one (here or as {@code fuseki:passwd}) they do not exist.
         */
        public Builder passwordFile(Path passwordFile) {
            Objects.requireNonNull(passwordFile, "passwordFile");
            if (!Files.isRegularFile(passwordFile) || !Files.isReadable(passwordFile))
                throw new IllegalArgumentException("Illegal passwordFile=" + passwordFile + " : not a readable file");
            this.passwordFile = passwordFile;
            return this;
        }

        /**
         * Allow SPARQL {@code SERVICE} (federated query). Off by default: it makes the server fetch any URL a
         * query names, on behalf of anyone who can send a query. The setting is JVM-wide (Jena's).
         */
        public Builder allowFederatedQueries(boolean allow) {
            this.allowFederatedQueries = allow;
            return this;
        }

        /**
         * How many pages and SPARQL requests run at once; the others wait their turn in arrival order, and
         * {@code /$/ping}, metrics and static files never wait. Default: twice the processors, at least 4
         * ({@link ConcurrencyLimitFilter#DEFAULT_PERMITS}).
         */
        public Builder concurrentRequests(int count) {
            if (count < 1)
                throw new IllegalArgumentException("Illegal concurrentRequests=" + count + " : must be 1 or more");
            this.concurrentRequests = count;
            return this;
        }

        /**
         * Opens the store (unless an open one was given) and builds the server, not yet started.
         *
         * @throws StoreException when the configuration or the store cannot be used (the message says why)
         */
        public ClaimgraphServer build() {
            StoreConfiguration storeConfig = configFile == null
                    ? StoreConfiguration.bundled() : StoreConfiguration.read(configFile);
            if (storeLocation != null)
                storeConfig = storeConfig.relocate(storeLocation);
            else if (openStore != null)
                storeConfig = storeConfig.relocate(openStore.location());
            ServerConfiguration config = ServerConfiguration.prepare(storeConfig, passwordFile);
            QueryGuards.install(allowFederatedQueries);
            SafeParsing.install();

            boolean ownsStore = openStore == null;
            TdbStore store = ownsStore ? TdbStore.open(config.store()) : openStore;
            try {
                return assemble(config, store, ownsStore);
            } catch (RuntimeException e) {
                if (ownsStore)
                    store.close();
                throw e;
            }
        }

        private ClaimgraphServer assemble(ServerConfiguration config, TdbStore store, boolean ownsStore) {
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .fusekiModules(FusekiModules.create(FMod_UI.create(), FMod_Prometheus.create()));
            // FMod_UI looks for the UI files under a FusekiServerCtl base, then on the classpath; this base has
            // no "webapp" directory, so the jena-fuseki-ui jar is used. Nothing is created on disk.
            fuseki.addServletAttribute(Fuseki.attrFusekiServerCtl,
                    new FusekiServerCtl(store.location().tdb2Directory()));
            // The UI lists datasets from /$/server. Without the admin module (which would open /$/datasets to
            // anyone) this read-only description is all it needs.
            fuseki.addServlet("/$/server", new ActionServerStatus());
            fuseki.parseConfig(config.serverLevelOnly());

            fuseki.addFilter("/*", new MalformedRequestFilter());
            // Pages and SPARQL take turns; /$/ping, /$/metrics and static files never wait.
            ConcurrencyLimitFilter costly = new ConcurrencyLimitFilter(
                    ConcurrencyLimitFilter.sharedPermits(concurrentRequests),
                    ConcurrencyLimitFilter.DEFAULT_MAX_WAIT_SECONDS);
            for (String path : List.of("", "/id/*", "/resource", "/search"))
                fuseki.addFilter(path, costly);
            // Writes through the server record the graphs they change, so the home page recounts only those.
            DatasetGraph served = GraphChanges.record(store.dataset());
            String serviceName = addServices(fuseki, config, served, costly);
            for (String path : config.removedWriteEndpoints())
                fuseki.addServlet(path, new WriteEndpointsOff());
            LinkedDataPages.install(fuseki, served, baseIri, serviceName);
            FusekiServer server = fuseki.build();
            if (!config.removedWriteEndpoints().isEmpty())
                LOG.info("No password file: the endpoints for logged-in users {} are off", config.removedWriteEndpoints());
            return new ClaimgraphServer(server, store, ownsStore, serviceName, baseIri,
                    config.writeEndpointsEnabled());
        }

        /** Builds each service of the configuration, with the store's dataset in place of its description. */
        private static String addServices(FusekiServer.Builder fuseki, ServerConfiguration config,
                                          DatasetGraph dataset, ConcurrencyLimitFilter costly) {
            Model model = config.model();
            Resource storeDataset = model.wrapAsResource(config.store().storeDataset().asNode());
            DatasetDescriptionMap datasets = new DatasetDescriptionMap();
            datasets.register(storeDataset.asNode(), dataset);
            List<String> storeServices = new ArrayList<>();
            for (Resource service : config.services()) {
                DataAccessPoint access = FusekiConfig.buildDataAccessPoint(model.getGraph(), service.asNode(), datasets);
                if (access == null)
                    throw new StoreException(config.store().source() + ": cannot build the Fuseki service "
                            + service + " (see the log above)");
                fuseki.add(access.getName(), DataService.newBuilder(access.getDataService()));
                String servicePath = "/" + access.getName().replaceFirst("^/", "");
                // Filters run in the order they are added: the answer is held outside the turn, so a request gives
                // its turn back once its answer is computed, not once a client has read it.
                addEndpointFilters(fuseki, access);
                fuseki.addFilter(servicePath, costly);
                fuseki.addFilter(servicePath + "/*", costly);
                if (service.hasProperty(FusekiVocab.pDataset, storeDataset))
                    storeServices.add(access.getName());
            }
            if (storeServices.isEmpty())
                throw new StoreException(config.store().source() + ": no fuseki:Service serves the text:TextDataset "
                        + storeDataset + "; add one (fuseki:dataset) so the store can be queried");
            return storeServices.get(0).replaceFirst("^/", "");
        }

        /**
         * Per endpoint: SPARQL answers held back until complete (and bounded); writes checked (default graph,
         * LOAD of local files); SHACL bodies bounded.
         */
        private static void addEndpointFilters(FusekiServer.Builder fuseki, DataAccessPoint access) {
            String service = "/" + access.getName().replaceFirst("^/", "");
            DataService data = access.getDataService();
            // A query can also be sent to the service itself (/kg?query=...).
            fuseki.addFilter(service, new CompleteResponseFilter(CompleteResponseFilter.DEFAULT_MAX_BYTES));
            for (Endpoint endpoint : data.getEndpoints()) {
                if (endpoint.getName() == null || endpoint.getName().isEmpty())
                    continue;
                String path = service + "/" + endpoint.getName();
                Operation operation = endpoint.getOperation();
                if (operation.equals(Operation.Query))
                    fuseki.addFilter(path, new CompleteResponseFilter(CompleteResponseFilter.DEFAULT_MAX_BYTES));
                else if (operation.equals(Operation.Update))
                    fuseki.addFilter(path, new WriteRequestFilter(WriteRequestFilter.Kind.UPDATE));
                else if (operation.equals(Operation.GSP_RW))
                    fuseki.addFilter(path, new WriteRequestFilter(WriteRequestFilter.Kind.GRAPH_STORE));
                else if (operation.equals(Operation.Shacl))
                    fuseki.addFilter(path, new ShaclRequestFilter(MAX_SHACL_BYTES));
            }
        }
    }
}
