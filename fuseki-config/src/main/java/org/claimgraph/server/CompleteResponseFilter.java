package org.claimgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds back a SPARQL answer until it is complete, so that a query stopped half way (timeout, a regular expression
 * over its budget) answers with its error status instead of 200 and a truncated JSON document, and so that one
 * answer can take at most {@link #maxBytes} of memory and bandwidth. A larger answer is refused with 400 and a
 * hint to page it.
 */
final class CompleteResponseFilter implements Filter {

    /** Largest answer sent; 16 MB is far above any page of results and bounds 16 concurrent answers to 256 MB. */
    static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private final int maxBytes;

    CompleteResponseFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        HeldResponse held = new HeldResponse(http, maxBytes);
        try {
            chain.doFilter(request, held);
        } catch (IOException | RuntimeException e) {
            if (!held.overflowed)
                throw e;
        }
        if (held.overflowed) {
            http.reset();
            http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            http.setContentType("text/plain;charset=utf-8");
            http.getOutputStream().write(("Bad request: the answer is larger than " + maxBytes / (1024 * 1024)
                    + " MB, the most this server sends at once. Ask for less: add LIMIT (and OFFSET to page),"
                    + " or select fewer variables.\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        held.release();
    }

    /** A response whose body stays in memory, and is dropped when an error status is set after it. */
    private static final class HeldResponse extends HttpServletResponseWrapper {
        private final int maxBytes;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean overflowed;
        private Integer error;
        private String errorMessage;

        HeldResponse(HttpServletResponse response, int maxBytes) {
            super(response);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        checkRoom(1);
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        checkRoom(length);
                        body.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("asynchronous output is not held back");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        private void checkRoom(int length) throws IOException {
            if (overflowed || body.size() + (long) length > maxBytes) {
                overflowed = true;
                throw new IOException("The answer is larger than " + maxBytes + " bytes");
            }
        }

        @Override
        public void setStatus(int status) {
            if (status >= 400)
                body.reset(); // what was written before the error is a partial answer
            super.setStatus(status);
        }

        @Override
        public void sendError(int status, String message) {
            body.reset();
            error = status;
            errorMessage = message;
        }

        @Override
        public void sendError(int status) {
            sendError(status, null);
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void flushBuffer() {
            // held until the answer is complete
        }

        @Override
        public void resetBuffer() {
            body.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            body.reset();
            super.reset();
        }

        @Override
        public void setContentLength(int length) {
            // set from the held body on release
        }

        @Override
        public void setContentLengthLong(long length) {
            // set from the held body on release
        }

        void release() throws IOException {
            if (writer != null)
                writer.flush();
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (error != null) {
                response.sendError(error, errorMessage);
                return;
            }
            response.setContentLength(body.size());
            body.writeTo(response.getOutputStream());
        }
    }
}
