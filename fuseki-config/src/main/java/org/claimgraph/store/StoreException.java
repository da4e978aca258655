package org.claimgraph.store;

/** The store cannot be opened, read or written; the message says what, where and how to fix it. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
