package org.claimgraph.store;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.ReaderRIOTFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ParserProfile;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * Makes RDF parsing safe for untrusted input, JVM-wide (every parse goes through Jena's parser registry: the
 * {@code load} command, Fuseki's upload, Graph Store Protocol and SHACL endpoints):
 * <ul>
 *   <li>RDF/XML and TriX with a DOCTYPE are refused before Jena's XML parser sees them. Entity declarations
 *       in a DTD expand ("billion laughs": 909 bytes became a 300 MB literal) and external ones read files and
 *       URLs; RDF/XML needs neither, since IRIs can be written in full.</li>
 *   <li>JSON-LD {@code @context} IRIs are never fetched: loading would otherwise make a request to any URL a
 *       document names. Put the context inline.</li>
 * </ul>
 */
public final class SafeParsing {

    /** Bytes (or characters) read ahead to find the DOCTYPE, which can only come before the root element. */
    static final int PROLOG_LIMIT = 1 << 20;

    private static boolean installed;

    private SafeParsing() {}

    /** Installs both rules (idempotent). */
    public static synchronized void install() {
        if (installed)
            return;
        installed = true;
        JenaSystem.init();
        refuseDoctype(Lang.RDFXML, false);
        refuseDoctype(Lang.TRIX, true);
        RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, optionsWithoutRemoteContexts());
    }

    /** JSON-LD options whose document loader refuses every IRI with a message saying why. */
    public static JsonLdOptions optionsWithoutRemoteContexts() {
        // The loader goes to the constructor: the no-argument one builds titanium's default loader first, whose HTTP
        // client (java.net.http with its TLS setup) cost every command about 0.2 s at start-up, only to be replaced.
        return new JsonLdOptions((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "remote JSON-LD context <" + url
                    + "> not fetched: claimgraph never fetches contexts from the network or disk; put the @context"
                    + " inline in the document");
        });
    }

    private static void refuseDoctype(Lang lang, boolean quads) {
        ReaderRIOTFactory original = RDFParserRegistry.getFactory(lang);
        if (original == null)
            return;
        ReaderRIOTFactory checked = (language, profile) -> new DoctypeRefusingReader(language,
                original.create(language, profile));
        if (quads)
            RDFParserRegistry.registerLangQuads(lang, checked);
        else
            RDFParserRegistry.registerLangTriples(lang, checked);
    }

    /** Reads the XML prolog; refuses the document if it has a DOCTYPE, else hands it to Jena's reader. */
    private record DoctypeRefusingReader(Lang lang, ReaderRIOT reader) implements ReaderRIOT {
        @Override
        public void read(InputStream in, String baseURI, ContentType ct, StreamRDF output, Context context) {
            BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
            buffered.mark(PROLOG_LIMIT);
            try {
                checkProlog(newFactory().createXMLStreamReader(new NonClosing(buffered)));
                buffered.reset();
            } catch (XMLStreamException e) {
                resetOrRefuse(buffered);
            } catch (IOException e) {
                throw new RiotException(lang.getLabel() + ": the part before the root element is longer than "
                        + PROLOG_LIMIT + " bytes");
            }
            reader.read(buffered, baseURI, ct, output, context);
        }

        @Override
        public void read(Reader in, String baseURI, ContentType ct, StreamRDF output, Context context) {
            BufferedReader buffered = new BufferedReader(in, 64 * 1024);
            try {
                buffered.mark(PROLOG_LIMIT);
                try {
                    checkProlog(newFactory().createXMLStreamReader(new NonClosingReader(buffered)));
                } catch (XMLStreamException e) {
                    // not well-formed: Jena's parser reports it with its position
                }
                buffered.reset();
            } catch (IOException e) {
                throw new RiotException(lang.getLabel() + ": the part before the root element is longer than "
                        + PROLOG_LIMIT + " characters");
            }
            reader.read(buffered, baseURI, ct, output, context);
        }

        private void resetOrRefuse(BufferedInputStream buffered) {
            try {
                buffered.reset(); // not well-formed: Jena's parser reports it with its position
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void checkProlog(XMLStreamReader xml) throws XMLStreamException {
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD)
                        throw new RiotException(lang.getLabel() + " with a DOCTYPE is refused: DTDs and their entity"
                                + " declarations can expand without bound or read files and URLs. Remove the"
                                + " <!DOCTYPE ...> and write IRIs in full instead of &entity; references.");
                    if (event == XMLStreamConstants.START_ELEMENT)
                        return;
                }
            } finally {
                xml.close();
            }
        }

        private static XMLInputFactory newFactory() {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            // The DOCTYPE is still reported as an event, but nothing it declares or points to is read.
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setXMLResolver((publicId, systemId, base, namespace) -> {
                throw new XMLStreamException("external entity " + systemId + " not read");
            });
            return factory;
        }
    }

    /** Keeps the StAX reader's close from closing the stream the real parser still needs. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes
        }
    }

    private static final class NonClosingReader extends java.io.FilterReader {
        NonClosingReader(Reader in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes
        }
    }
}
