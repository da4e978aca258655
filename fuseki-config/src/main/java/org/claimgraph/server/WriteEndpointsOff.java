package org.claimgraph.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 404 with an explanation at the paths of write (and SHACL) endpoints that are off because the server has no
 * password file (without it Jetty's static content answers a POST with 405, which hides the reason).
 */
final class WriteEndpointsOff extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println("Not found: " + request.getRequestURI() + " is an endpoint for logged-in users"
                + " (writes, SHACL validation), and those are off because the server has no password file. Start it"
                + " with a password file (lines \"user: password\") to enable update, Graph Store Protocol writes,"
                + " upload and SHACL validation.");
    }
}
