package org.claimgraph.extract.claim;

import org.claimgraph.extract.tagging.TaggedSentence;

/** A cue of attribution-cues.tsv in a sentence, with the speaker found for it. */
record Attribution(TaggedSentence sentence, AttributionCues.Hit hit, Speaker speaker) {}
