package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;

/**
 * A Fuseki assembler configuration seen from the store's side: which dataset is the store (the one
 * {@code text:TextDataset}, over a {@code tdb2:DatasetTDB2}) and where it lives on disk.
 * <p>
 * Instances are immutable: {@link #relocate} returns a rewritten copy.
 */
public final class StoreConfiguration {

    /** Classpath location of {@code fuseki-config/config.ttl}, copied into the jar by the build. */
    public static final String BUNDLED_RESOURCE = "/org/claimgraph/server/config.ttl";

    private final Model model;
    private final String source;

    private StoreConfiguration(Model model, String source) {
        this.model = model;
        this.source = source;
        storeDataset(); // fail early when the configuration has no usable store
    }

    /** The configuration shipped with claimgraph ({@code fuseki-config/config.ttl}). */
    public static StoreConfiguration bundled() {
        try (InputStream in = StoreConfiguration.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null)
                throw new StoreException("The bundled configuration " + BUNDLED_RESOURCE
                        + " is missing from the classpath; rebuild the fuseki-config module.");
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///claimgraph/config.ttl").parse(model);
            return new StoreConfiguration(model, "bundled config.ttl");
        } catch (IOException e) {
            throw new StoreException("Cannot read the bundled configuration " + BUNDLED_RESOURCE, e);
        }
    }

    /** Reads a Fuseki configuration file (Turtle, or any RDF syntax named by its extension). */
    public static StoreConfiguration read(Path configFile) {
        Objects.requireNonNull(configFile, "configFile");
        if (!Files.isRegularFile(configFile) || !Files.isReadable(configFile))
            throw new StoreException("Configuration file not found or not readable: " + configFile);
        Lang lang = RDFLanguages.filenameToLang(configFile.toString(), Lang.TURTLE);
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(configFile).lang(lang).parse(model);
        } catch (RiotException e) {
            throw new StoreException(configFile + ": not a valid " + lang.getLabel() + " configuration: "
                    + e.getMessage(), e);
        }
        return new StoreConfiguration(model, configFile.toString());
    }

    /** Wraps an assembler model that is already in memory (it is copied). */
    public static StoreConfiguration of(Model model, String sourceName) {
        Objects.requireNonNull(model, "model");
        return new StoreConfiguration(ModelFactory.createDefaultModel().add(model), sourceName);
    }

    /** A copy of the configuration model; changes to it do not affect this object. */
    public Model model() {
        return ModelFactory.createDefaultModel().add(model).setNsPrefixes(model.getNsPrefixMap());
    }

    /** Where the configuration came from, for messages. */
    public String source() {
        return source;
    }

    /** The {@code text:TextDataset} resource in {@link #model()}'s terms (same node). */
    public Resource storeDataset() {
        List<Resource> textDatasets = model.listResourcesWithProperty(RDF.type, TextVocab.textDataset).toList();
        if (textDatasets.size() != 1)
            throw new StoreException(source + ": expected exactly one text:TextDataset (the store), found "
                    + textDatasets.size() + ". claimgraph serves one TDB2 dataset with a jena-text index.");
        Resource textDataset = textDatasets.get(0);
        tdbDataset(textDataset);
        luceneIndex(textDataset);
        return textDataset;
    }

    /** The directories named by {@code tdb2:location} and {@code text:directory}. */
    public StoreLocation location() {
        Resource textDataset = storeDataset();
        return new StoreLocation(tdbLocation(tdbDataset(textDataset)), indexDirectory(luceneIndex(textDataset)));
    }

    /** A copy with {@code tdb2:location} and {@code text:directory} set to the given (absolute) directories. */
    public StoreConfiguration relocate(StoreLocation location) {
        Objects.requireNonNull(location, "location");
        StoreLocation absolute = location.toAbsolute();
        Model copy = model();
        Resource textDataset = copy.wrapAsResource(storeDataset().asNode());
        Resource tdb = tdbDataset(textDataset);
        tdb.removeAll(VocabTDB2.pLocation).addProperty(VocabTDB2.pLocation, absolute.tdb2Directory().toString());
        Resource index = luceneIndex(textDataset);
        index.removeAll(TextVocab.pDirectory).addProperty(TextVocab.pDirectory, absolute.textIndexDirectory().toString());
        return new StoreConfiguration(copy, source);
    }

    private Resource tdbDataset(Resource textDataset) {
        Resource tdb = requiredResource(textDataset, TextVocab.pDataset, "text:dataset");
        if (!tdb.hasProperty(RDF.type, VocabTDB2.tDatasetTDB2) && !tdb.hasProperty(RDF.type, VocabTDB2.tDatasetTDB))
            throw new StoreException(source + ": the text:dataset of the text:TextDataset must be a tdb2:DatasetTDB2"
                    + " (claimgraph stores its graph in TDB2), found " + tdb);
        return tdb;
    }

    private Resource luceneIndex(Resource textDataset) {
        Resource index = requiredResource(textDataset, TextVocab.pIndex, "text:index");
        if (!index.hasProperty(RDF.type, TextVocab.textIndexLucene))
            throw new StoreException(source + ": the text:index must be a text:TextIndexLucene, found " + index);
        return index;
    }

    private Resource requiredResource(Resource subject, org.apache.jena.rdf.model.Property property, String name) {
        Statement statement = subject.getProperty(property);
        if (statement == null || !statement.getObject().isResource())
            throw new StoreException(source + ": the text:TextDataset has no " + name + " resource");
        return statement.getResource();
    }

    private Path tdbLocation(Resource tdb) {
        Statement statement = tdb.getProperty(VocabTDB2.pLocation);
        if (statement == null)
            throw new StoreException(source + ": the tdb2:DatasetTDB2 has no tdb2:location"
                    + " (an in-memory store is not supported)");
        return Path.of(pathOf(statement.getObject(), "tdb2:location"));
    }

    private Path indexDirectory(Resource index) {
        Statement statement = index.getProperty(TextVocab.pDirectory);
        if (statement == null)
            throw new StoreException(source + ": the text:TextIndexLucene has no text:directory");
        String path = pathOf(statement.getObject(), "text:directory");
        if (path.equals("mem"))
            throw new StoreException(source + ": text:directory \"mem\" is not supported; the index must be on disk"
                    + " next to the TDB2 store");
        return Path.of(path);
    }

    private String pathOf(RDFNode node, String property) {
        if (node.isLiteral())
            return node.asLiteral().getLexicalForm();
        if (node.isURIResource())
            return IRILib.IRIToFilename(node.asResource().getURI());
        throw new StoreException(source + ": " + property + " must be a string or a file: IRI, found " + node);
    }
}
