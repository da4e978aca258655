/**
 * Stage 1, cleaning: {@link org.claimgraph.extract.clean.TextDecoder} reads a file into a
 * {@link org.claimgraph.extract.RawDocument}; {@link org.claimgraph.extract.clean.ArticleCleaner} isolates the article
 * in the scraped page (title, date, author line, body), drops and reports everything else, and repairs glued names with
 * {@link org.claimgraph.extract.clean.GlueRepair}, keeping an offset map back to the raw text.
 *
 * <p>The rules look at the shape and the vocabulary of lines, never at one page's strings, so that the next scraped
 * article of the same kind is cleaned as well as the first.
 */
package org.claimgraph.extract.clean;
