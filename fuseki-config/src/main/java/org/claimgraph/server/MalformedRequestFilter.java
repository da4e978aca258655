package org.claimgraph.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 400 to a request whose URL or form body has a malformed percent-encoding ({@code %ZZ}, a lone
 * {@code %}, bytes that are not UTF-8), before any page or SPARQL endpoint sees it; without this each of them
 * failed with 500 when it first read a parameter.
 */
final class MalformedRequestFilter implements Filter {

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        Optional<String> problem = percentEncodingProblem(request.getRequestURI(), "path")
                .or(() -> percentEncodingProblem(request.getQueryString(), "query string"));
        if (problem.isEmpty() && isForm(request)) {
            try {
                request.getParameterMap(); // reads and decodes the form body; the servlet reuses the result
            } catch (RuntimeException e) {
                problem = Optional.of("the form body cannot be decoded (" + e.getMessage() + ")");
            }
        }
        if (problem.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println("Bad request: " + problem.get() + ". Percent-encode the URL as UTF-8:"
                    + " a literal % is %25, and every % is followed by two hexadecimal digits.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with the percent-encoding of {@code raw} (a path or query string as sent), if anything. */
    static Optional<String> percentEncodingProblem(String raw, String where) {
        if (raw == null || raw.indexOf('%') < 0)
            return Optional.empty();
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                String found = raw.substring(i, Math.min(raw.length(), i + 3));
                return Optional.of("the " + where + " has '" + found + "' at character " + i
                        + ", which is not a percent-encoded byte");
            }
            bytes.put((byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
            i += 2;
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("the " + where + " decodes to bytes that are not UTF-8");
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
