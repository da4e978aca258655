/**
 * Tagging: the layer between the CoreNLP adapter's records and the relation and claim stages. It marks each
 * sentence's resolved entities, pronouns and 该公司-style anaphors, job titles and resolvable dates, so that both
 * stages read the same tagged sentence and neither reaches into the other.
 */
package org.claimgraph.extract.tagging;
