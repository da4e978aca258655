package org.claimgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;

/**
 * Bounds the shapes graph posted to {@code /kg/shacl} ({@link #maxBytes}, else 413) and parses it before Fuseki
 * does, so that a shapes graph that cannot be read (or is refused, like XML with a DOCTYPE) gets 400 with the
 * parser's message rather than Fuseki's 500.
 */
final class ShaclRequestFilter implements Filter {

    private final int maxBytes;

    ShaclRequestFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getContentLengthLong() > maxBytes ? null
                : request.getInputStream().readNBytes(maxBytes + 1);
        if (body == null || body.length > maxBytes) {
            send(response, 413, "Content too large: a shapes graph for " + request.getRequestURI() + " can be at most "
                    + maxBytes / 1024 + " KB.");
            return;
        }
        Lang lang = request.getContentType() == null ? null : RDFLanguages.contentTypeToLang(request.getContentType());
        if (lang != null) {
            try {
                RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(StreamRDFLib.sinkNull());
            } catch (RiotException e) {
                send(response, 400, "Bad request: the shapes graph cannot be read: " + e.getMessage());
                return;
            }
        }
        chain.doFilter(new HeldRequestBody(request, body), response);
    }

    private static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
