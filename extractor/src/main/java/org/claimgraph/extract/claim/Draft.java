package org.claimgraph.extract.claim;

import java.util.Optional;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Span;

/**
 * A claim before its stance is settled.
 *
 * @param stanceText what the stance is read from ("" for the span's own text)
 * @param utterance  the parts of one utterance share this object (a quotation split by its cue, a statement and the
 *                   quotation its colon opens), so they take the stance of the whole
 */
record Draft(Span span, ClaimKind kind, Speaker speaker, Optional<Span> cue, String stanceText, String rule,
    Object utterance) {}
