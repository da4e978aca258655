package org.claimgraph.store;

/** The store's directory is locked by another process (or already open in this one). */
public class StoreInUseException extends StoreException {

    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
