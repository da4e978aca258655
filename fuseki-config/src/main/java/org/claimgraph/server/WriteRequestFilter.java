package org.claimgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Checks writes before Fuseki runs them, for logged-in writers:
 * <ul>
 *   <li>the default graph is the union of the named graphs (read-only), so a write to it would be stored where no
 *       query sees it: such an update, or a Graph Store Protocol write without {@code ?graph=}, is refused with 400
 *       and the named graph to use instead;</li>
 *   <li>{@code LOAD} takes http(s) IRIs only: {@code file:} and other local schemes would publish files of the
 *       server's disk.</li>
 * </ul>
 */
final class WriteRequestFilter implements Filter {

    /** Largest update request read (the request is held in memory to be checked). */
    static final int MAX_UPDATE_BYTES = 10 * 1024 * 1024;

    enum Kind { UPDATE, GRAPH_STORE }

    private final Kind kind;

    WriteRequestFilter(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (kind == Kind.GRAPH_STORE) {
            boolean write = List.of("PUT", "POST", "DELETE", "PATCH").contains(method);
            if (write && (request.getParameter("graph") == null || request.getParameter("default") != null)) {
                refuse(response, "this write names no graph. The default graph of this server is the union of all"
                        + " named graphs and takes no writes of its own; add ?graph=<IRI> to write a named graph");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!"POST".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        HttpServletRequest passOn = request;
        String text = null;
        if (type.startsWith("application/x-www-form-urlencoded")) {
            text = request.getParameter("update"); // the container keeps the parsed form for Fuseki
        } else if (type.startsWith("application/sparql-update")) {
            if (request.getContentLengthLong() > MAX_UPDATE_BYTES) {
                refuse(response, tooLarge());
                return;
            }
            byte[] body = request.getInputStream().readNBytes(MAX_UPDATE_BYTES + 1);
            if (body.length > MAX_UPDATE_BYTES) {
                refuse(response, tooLarge());
                return;
            }
            passOn = new HeldRequestBody(request, body);
            text = new String(body, StandardCharsets.UTF_8);
        }
        if (text != null) {
            try {
                Optional<String> problem = problem(UpdateFactory.create(text));
                if (problem.isPresent()) {
                    refuse(response, problem.get());
                    return;
                }
            } catch (QueryParseException e) {
                // Fuseki reports the parse error itself, with its position
            }
        }
        chain.doFilter(passOn, response);
    }

    private static String tooLarge() {
        return "the update is larger than " + MAX_UPDATE_BYTES / (1024 * 1024) + " MB; split it, or load large data"
                + " with `claimgraph load`";
    }

    /** What makes this update unacceptable here, if anything. */
    static Optional<String> problem(UpdateRequest updates) {
        for (Update update : updates.getOperations()) {
            if (update instanceof UpdateLoad load) {
                String source = load.getSource();
                String scheme = source.contains(":") ? source.substring(0, source.indexOf(':')).toLowerCase(Locale.ROOT)
                        : "";
                if (!scheme.equals("http") && !scheme.equals("https"))
                    return Optional.of("LOAD <" + source + "> is refused: this server loads http(s) IRIs only, never"
                            + " its own files (load local files with `claimgraph load FILE`)");
                if (load.getDest() == null || Quad.isDefaultGraph(load.getDest()))
                    return defaultGraph("LOAD <" + source + ">", "LOAD <" + source + "> INTO GRAPH <IRI>");
            } else if (update instanceof UpdateData data) {
                if (data.getQuads().stream().anyMatch(q -> q.isDefaultGraph()))
                    return defaultGraph("INSERT/DELETE DATA with triples outside GRAPH { }", "GRAPH <IRI> { ... }");
            } else if (update instanceof UpdateModify modify) {
                boolean defaultTemplate = modify.getWithIRI() == null
                        && (modify.getInsertQuads().stream().anyMatch(Quad::isDefaultGraph)
                            || modify.getDeleteQuads().stream().anyMatch(Quad::isDefaultGraph));
                if (defaultTemplate)
                    return defaultGraph("INSERT/DELETE with a template outside GRAPH { }",
                            "WITH <IRI> or GRAPH <IRI> { ... } in the template");
            } else if (update instanceof UpdateAdd || update instanceof UpdateCopy || update instanceof UpdateMove) {
                Target destination = ((org.apache.jena.sparql.modify.request.UpdateBinaryOp) update).getDest();
                if (destination.isDefault())
                    return defaultGraph("ADD/COPY/MOVE to DEFAULT", "TO GRAPH <IRI>");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> defaultGraph(String what, String instead) {
        return Optional.of(what + " writes the default graph. On this server the default graph is the union of all"
                + " named graphs and takes no writes of its own (they would be stored where no query sees them);"
                + " write a named graph instead: " + instead);
    }

    private static void refuse(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println("Bad request: " + reason + ".");
    }
}
