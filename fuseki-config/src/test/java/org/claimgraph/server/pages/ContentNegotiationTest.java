package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentNegotiationTest {

  @ParameterizedTest(name = "Accept: {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
      "*/*                                                           | HTML",
      "text/turtle                                                   | TURTLE",
      "application/ld+json                                           | JSONLD",
      "application/n-triples                                         | NTRIPLES",
      "application/rdf+xml                                           | RDFXML",
      "application/rdf+xml;q=0.5, text/turtle;q=0.9                  | TURTLE",
      "text/turtle;q=0.2, application/ld+json;q=0.8, */*;q=0.1        | JSONLD",
      "application/*                                                 | JSONLD",
      "text/html;q=0, */*                                            | TURTLE",
      "text/*, text/html;q=0                                         | TURTLE",
  })
  void acceptHeaderPicksTheBestOffer(String accept, Representation expected) {
    assertThat(ContentNegotiation.choose(accept, null, null).representation()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "?format={0} -> {1}")
  @CsvSource({"ttl, TURTLE", "jsonld, JSONLD", "nt, NTRIPLES", "rdf, RDFXML", "html, HTML", "TTL, TURTLE"})
  void formatParameterOverridesAccept(String format, Representation expected) {
    assertThat(ContentNegotiation.choose("text/html", format, null).representation()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Accept: {0} -> {1}")
  @CsvSource(delimiter = '|', value = {"image/png | 406", "application/pdf, text/csv | 406", "text/html;q=0 | 406",
      "*/*;q=0 | 406"})
  void nothingAcceptableIs406(String accept, int status) {
    ContentNegotiation.Choice choice = ContentNegotiation.choose(accept, null, null);
    assertThat(choice.accepted()).isFalse();
    assertThat(choice.status()).isEqualTo(status);
    assertThat(choice.message()).contains("text/turtle").contains("application/ld+json");
  }

  @ParameterizedTest
  @CsvSource({"pdf", "turtle2"})
  void unknownFormatIs400(String format) {
    ContentNegotiation.Choice choice = ContentNegotiation.choose(null, format, null);
    assertThat(choice.status()).isEqualTo(400);
    assertThat(choice.message()).contains(format).contains("ttl, jsonld, nt, rdf");
  }

  @ParameterizedTest
  @CsvSource({"ttl, TURTLE", "rdf, RDFXML"})
  void extensionOverridesAccept(String extension, Representation expected) {
    assertThat(ContentNegotiation.choose("text/html", null, Representation.byExtension(extension).orElseThrow())
        .representation()).isEqualTo(expected);
  }
}
