package org.claimgraph.extract.claim;

import org.claimgraph.extract.Claim.Claimant;

/**
 * Who makes a statement, and how sure the rule that found them is.
 *
 * @param author true when the speaker is the article's author writing in the first person (我们认为…)
 */
record Speaker(Claimant claimant, double confidence, boolean author) {}
