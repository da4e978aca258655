package org.claimgraph.server.guard;

import org.apache.jena.query.QueryCancelledException;

/** A regular expression refused or stopped for its cost; the query is cancelled with this message. */
public final class RegexTooCostlyException extends QueryCancelledException {

    private static final long serialVersionUID = 1L;
    private final String reason;

    RegexTooCostlyException(String reason) {
        this.reason = reason;
    }

    @Override
    public String getMessage() {
        return "Query cancelled: " + reason + ".";
    }
}
