package org.claimgraph.extract;

/** Stage 1: isolate the article in a scraped page and repair what scraping broke. */
public interface Cleaner {
  /**
   * @throws ExtractionException when the input holds no article (empty, not prose), with the reason
   */
  CleanDocument clean(RawDocument raw);
}
