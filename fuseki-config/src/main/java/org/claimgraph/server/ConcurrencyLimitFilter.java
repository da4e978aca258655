package org.claimgraph.server;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets at most a few costly requests (pages, SPARQL) run at once and queues the others in arrival order. With 16
 * clients each computing a page, the CPU was shared 16 ways and {@code /$/ping} waited its turn like the rest;
 * queued requests wait without using the CPU, so the ping (which passes outside this filter) answers at once, and
 * the memory held by queries in flight stays bounded. A request that waits longer than the maximum wait gets 503
 * with Retry-After.
 */
final class ConcurrencyLimitFilter implements Filter {

    /**
     * Twice as many costly requests at once as there are processors, and at least 4. With one turn per processor a
     * core stood idle whenever a request holding a turn waited (a page fault in TDB2's mapped files, a collection,
     * the hand-over of a turn to a queued request that a busy machine has yet to schedule); queued requests still
     * wait without using the CPU, so the ping stays fast (docs/performance.md, "Turns").
     */
    static final int DEFAULT_PERMITS = 2 * Math.max(2, Runtime.getRuntime().availableProcessors());
    static final long DEFAULT_MAX_WAIT_SECONDS = 30;

    private final Semaphore permits;
    private final long maxWaitSeconds;

    ConcurrencyLimitFilter(Semaphore permits, long maxWaitSeconds) {
        this.permits = permits;
        this.maxWaitSeconds = maxWaitSeconds;
    }

    /** One pool of permits shared by every path the filter is installed on. */
    static Semaphore sharedPermits(int count) {
        return new Semaphore(count, true);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWaitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            http.setHeader("Retry-After", "5");
            http.setContentType("text/plain;charset=utf-8");
            http.getWriter().println("The server is busy: the request waited " + maxWaitSeconds + " s for its turn."
                    + " Try again shortly.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
