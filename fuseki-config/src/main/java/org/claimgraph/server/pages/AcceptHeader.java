package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP Accept header, read as RFC 9110 §12.5.1 says: a media type gets the quality of the most specific range
 * that matches it ({@code text/html} over {@code text/*} over {@code *}{@code /*}), and quality 0 means "not
 * acceptable". No header accepts everything.
 */
final class AcceptHeader {

  private record Range(String type, String subtype, double quality) {
    int specificity() {
      return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
    }

    boolean matches(String mediaType) {
      int slash = mediaType.indexOf('/');
      return (type.equals("*") || type.equals(mediaType.substring(0, slash)))
          && (subtype.equals("*") || subtype.equals(mediaType.substring(slash + 1)));
    }
  }

  private final List<Range> ranges;

  private AcceptHeader(List<Range> ranges) {
    this.ranges = ranges;
  }

  /**
   * @param header the header value, or null when there is none
   * @throws IllegalArgumentException with a message saying what part cannot be read
   */
  static AcceptHeader parse(String header) {
    if (header == null || header.isBlank()) {
      return new AcceptHeader(List.of(new Range("*", "*", 1.0)));
    }
    List<Range> ranges = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] pieces = part.split(";");
      String mediaRange = pieces[0].strip().toLowerCase(Locale.ROOT);
      if (mediaRange.isEmpty()) {
        continue;
      }
      int slash = mediaRange.indexOf('/');
      if (slash <= 0 || slash == mediaRange.length() - 1) {
        throw new IllegalArgumentException("'" + mediaRange + "' is not a media range (type/subtype)");
      }
      double quality = 1.0;
      for (int i = 1; i < pieces.length; i++) {
        String parameter = pieces[i].strip();
        if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
          try {
            quality = Double.parseDouble(parameter.substring(2).strip());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + parameter + "' is not a quality between 0 and 1");
          }
          if (!(quality >= 0 && quality <= 1)) {
            throw new IllegalArgumentException("'" + parameter + "' is not a quality between 0 and 1");
          }
        }
      }
      ranges.add(new Range(mediaRange.substring(0, slash), mediaRange.substring(slash + 1), quality));
    }
    return new AcceptHeader(ranges);
  }

  /** The quality the header gives {@code mediaType} (lower case, no parameters): 0 when it is not acceptable. */
  double quality(String mediaType) {
    Range best = null;
    for (Range range : ranges) {
      if (range.matches(mediaType) && (best == null || range.specificity() > best.specificity())) {
        best = range;
      }
    }
    return best == null ? 0 : best.quality();
  }

  boolean accepts(String mediaType) {
    return quality(mediaType) > 0;
  }
}
