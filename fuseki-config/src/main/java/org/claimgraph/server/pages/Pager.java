package org.claimgraph.server.pages;

import java.util.function.IntFunction;

/**
 * One page of a long list: which items it shows and links to its neighbours.
 *
 * @param page 1-based page number
 * @param pageSize items per page
 * @param total number of items in the whole list
 * @param prevHref link to the previous page, or null on the first
 * @param nextHref link to the next page, or null on the last
 */
record Pager(int page, int pageSize, long total, String prevHref, String nextHref) {

  Pager {
    if (page < 1 || pageSize < 1 || total < 0) {
      throw new IllegalArgumentException("bad page " + page + " of size " + pageSize + " over " + total + " items");
    }
  }

  /** The pager for {@code requestedPage} (clamped into range), with links made by {@code hrefForPage}. */
  static Pager of(int requestedPage, int pageSize, long total, IntFunction<String> hrefForPage) {
    int last = (int) Math.max(1, (total + pageSize - 1) / pageSize);
    int page = Math.min(Math.max(1, requestedPage), last);
    return new Pager(page, pageSize, total, page > 1 ? hrefForPage.apply(page - 1) : null,
        page < last ? hrefForPage.apply(page + 1) : null);
  }

  /** Parses a page parameter; anything that is not a positive number means page 1. */
  static int parsePage(String parameter) {
    if (parameter == null) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(parameter.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  long offset() {
    return (long) (page - 1) * pageSize;
  }

  long from() {
    return total == 0 ? 0 : offset() + 1;
  }

  long to() {
    return Math.min(total, offset() + pageSize);
  }

  int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  /** Whether the list needs page links at all. */
  boolean paged() {
    return total > pageSize;
  }

  boolean hasPrev() {
    return prevHref != null;
  }

  boolean hasNext() {
    return nextHref != null;
  }
}
