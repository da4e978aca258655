package org.claimgraph.server.pages;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks the representation of a resource: an explicit {@code ?format=} wins, then a file extension on the path,
 * then the Accept header (HTML first on ties, so a bare {@code *}{@code /*} gets the page).
 */
final class ContentNegotiation {

  /** Outcome of negotiation: a representation, or the HTTP status and message that refuse the request. */
  record Choice(Representation representation, int status, String message) {
    static Choice of(Representation representation) {
      return new Choice(representation, 200, null);
    }

    static Choice refused(int status, String message) {
      return new Choice(null, status, message);
    }

    boolean accepted() {
      return representation != null;
    }
  }

  private ContentNegotiation() {}

  static Choice choose(String acceptHeader, String formatParameter, Representation fromExtension) {
    if (formatParameter != null && !formatParameter.isBlank()) {
      return Representation.byExtension(formatParameter.strip())
          .map(Choice::of)
          .orElseGet(() -> Choice.refused(400, "Unknown format '" + formatParameter + "': use one of "
              + supportedExtensions() + "."));
    }
    if (fromExtension != null) {
      return Choice.of(fromExtension);
    }
    if (acceptHeader == null || acceptHeader.isBlank()) {
      return Choice.of(Representation.HTML);
    }
    AcceptHeader accept;
    try {
      accept = AcceptHeader.parse(acceptHeader);
    } catch (IllegalArgumentException badHeader) {
      return Choice.refused(400, "Cannot read the Accept header '" + acceptHeader + "': " + badHeader.getMessage());
    }
    // The best quality wins; on a tie the earlier offer (HTML first).
    Optional<Representation> chosen = Optional.empty();
    double best = 0;
    for (Representation offer : Representation.values()) {
      double quality = accept.quality(offer.mediaType());
      if (quality > best) {
        best = quality;
        chosen = Optional.of(offer);
      }
    }
    return chosen.map(Choice::of)
        .orElseGet(() -> Choice.refused(406, "None of the types in 'Accept: " + acceptHeader
            + "' is available. This resource is served as " + supportedMediaTypes()
            + "; or add ?format=" + supportedExtensions().replace(", ", "|") + " to the URL."));
  }

  static String supportedExtensions() {
    return Arrays.stream(Representation.values()).map(Representation::extension).collect(Collectors.joining(", "));
  }

  static String supportedMediaTypes() {
    return Arrays.stream(Representation.values()).map(Representation::mediaType).collect(Collectors.joining(", "));
  }
}
