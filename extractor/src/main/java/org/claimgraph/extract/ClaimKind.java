package org.claimgraph.extract;

/** How a claim is made. */
public enum ClaimKind { DIRECT_QUOTE, REPORTED_SPEECH, AUTHOR_ASSERTION, ESTIMATE, PREDICTION }
