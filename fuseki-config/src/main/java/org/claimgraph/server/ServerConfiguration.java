package org.claimgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.store.StoreConfiguration;
import org.claimgraph.store.StoreException;

/**
 * The Fuseki configuration as the server runs it: the store part from {@link StoreConfiguration}, and the
 * password rule applied. Write endpoints (those with {@code fuseki:allowedUsers}) stay only when there is a
 * password file; otherwise they are removed, with {@code fuseki:auth}, so they answer 404.
 */
final class ServerConfiguration {

    private final StoreConfiguration store;
    private final Model model;
    private final Path passwordFile;
    private final List<String> removedWriteEndpoints;

    private ServerConfiguration(StoreConfiguration store, Model model, Path passwordFile,
                                List<String> removedWriteEndpoints) {
        this.store = store;
        this.model = model;
        this.passwordFile = passwordFile;
        this.removedWriteEndpoints = removedWriteEndpoints;
    }

    /**
     * @param store        the configuration, already relocated if a store directory was given
     * @param passwordFile a password file given in code (wins over {@code fuseki:passwd}), or null
     */
    static ServerConfiguration prepare(StoreConfiguration store, Path passwordFile) {
        Model model = store.model();
        Resource server = server(model, store.source());
        Path passwd = passwordFile;
        if (passwd != null) {
            server.removeAll(FusekiVocab.pPasswordFile)
                    .addProperty(FusekiVocab.pPasswordFile, passwd.toAbsolutePath().toString());
        } else if (server != null && server.hasProperty(FusekiVocab.pPasswordFile)) {
            passwd = Path.of(server.getProperty(FusekiVocab.pPasswordFile).getString());
        }
        if (passwd != null && (!Files.isRegularFile(passwd) || !Files.isReadable(passwd)))
            throw new StoreException("Password file " + passwd + " not found or not readable"
                    + (passwordFile == null ? " (named by fuseki:passwd in " + store.source() + ")" : "")
                    + ". It holds lines \"user: password\" (Jetty HashLoginService format).");
        if (passwd != null)
            checkPasswords(passwd);
        List<String> removed = List.of();
        if (passwd == null) {
            removed = removeWriteEndpoints(model);
            if (server != null)
                server.removeAll(FusekiVocab.pAuth);
        }
        return new ServerConfiguration(store, model, passwd, removed);
    }

    /** The configuration to run (a copy each time). */
    Model model() {
        return ModelFactory.createDefaultModel().add(model);
    }

    /** The same configuration without services: only server-level settings (ping, stats, auth...). */
    Model serverLevelOnly() {
        Model copy = model();
        copy.listSubjectsWithProperty(RDF.type, FusekiVocab.fusekiService).toList()
                .forEach(service -> copy.remove(service, RDF.type, FusekiVocab.fusekiService));
        copy.removeAll(null, FusekiVocab.pServices, null);
        return copy;
    }

    /** The services to run: those listed by {@code fuseki:services}, else all {@code fuseki:Service}s. */
    List<Resource> services() {
        Resource server = server(model, store.source());
        List<Resource> services = new ArrayList<>();
        if (server != null && server.hasProperty(FusekiVocab.pServices)) {
            RDFNode list = server.getProperty(FusekiVocab.pServices).getObject();
            if (list.canAs(RDFList.class))
                list.as(RDFList.class).iterator().forEachRemaining(node -> services.add(node.asResource()));
        }
        if (services.isEmpty())
            services.addAll(model.listSubjectsWithProperty(RDF.type, FusekiVocab.fusekiService).toList());
        return services;
    }

    StoreConfiguration store() {
        return store;
    }

    /** True when a password file is configured, so update, GSP write and upload endpoints exist. */
    boolean writeEndpointsEnabled() {
        return passwordFile != null;
    }

    /** Paths of the write endpoints taken out for want of a password file, e.g. {@code /kg/update}. */
    List<String> removedWriteEndpoints() {
        return removedWriteEndpoints;
    }

    /**
     * Refuses a password file with a user whose password is empty ({@code admin:}): Jetty would let anyone who
     * sends that user name and nothing else write to the store.
     */
    static void checkPasswords(Path passwd) {
        List<String> lines;
        try {
            lines = Files.readAllLines(passwd, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read the password file " + passwd + ": " + e.getMessage(), e);
        }
        int users = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            int colon = line.indexOf(':');
            String where = "Password file " + passwd + ", line " + (i + 1) + ": ";
            if (colon <= 0)
                throw new StoreException(where + "expected \"user: password\", found no user name before ':'");
            String credential = line.substring(colon + 1);
            int roles = credential.indexOf(',');
            String password = (roles < 0 ? credential : credential.substring(0, roles)).strip();
            if (password.isEmpty())
                throw new StoreException(where + "user \"" + line.substring(0, colon).strip() + "\" has an empty"
                        + " password, which would let anyone write with that name. Give it a password.");
            users++;
        }
        if (users == 0)
            throw new StoreException("Password file " + passwd + " names no user; add lines \"user: password\".");
    }

    private static Resource server(Model model, String source) {
        List<Resource> servers = model.listSubjectsWithProperty(RDF.type, FusekiVocab.tServer).toList();
        if (servers.size() > 1)
            throw new StoreException(source + ": more than one fuseki:Server (" + servers.size() + ")");
        return servers.isEmpty() ? null : servers.get(0);
    }

    private static List<String> removeWriteEndpoints(Model model) {
        List<Statement> writeEndpoints = model.listStatements(null, FusekiVocab.pEndpoint, (RDFNode) null).toList()
                .stream()
                .filter(s -> s.getObject().isResource()
                        && s.getObject().asResource().hasProperty(FusekiVocab.pAllowedUsers))
                .toList();
        List<String> paths = new ArrayList<>();
        for (Statement statement : writeEndpoints) {
            Resource service = statement.getSubject();
            Resource endpoint = statement.getObject().asResource();
            if (service.hasProperty(FusekiVocab.pServiceName) && endpoint.hasProperty(FusekiVocab.pEndpointName)) {
                String name = endpoint.getProperty(FusekiVocab.pEndpointName).getString();
                if (!name.isEmpty())
                    paths.add("/" + service.getProperty(FusekiVocab.pServiceName).getString().replaceFirst("^/", "")
                            + "/" + name);
            }
            model.remove(statement);
            model.removeAll(endpoint, null, null);
        }
        return List.copyOf(paths);
    }
}
