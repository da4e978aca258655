package org.claimgraph.extract;

/** A claim's position on open versus proprietary AI. */
public enum Stance { PRO_OPEN, PRO_PROPRIETARY, BALANCED, NEUTRAL }
