package org.claimgraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimgraph.ontology.IriLayout.Kind;
import org.junit.jupiter.api.Test;

class IriLayoutTest {
  private final IriLayout layout = new IriLayout("https://example.org/kg/");

  @Test
  void mintsUnderTheBase() {
    assertThat(layout.entity("openai")).isEqualTo("https://example.org/kg/entity/openai");
    assertThat(layout.document("d1")).isEqualTo("https://example.org/kg/doc/d1");
    assertThat(layout.graph("d1")).isEqualTo("https://example.org/kg/graph/d1");
    assertThat(layout.claim("d1", 3, 9)).isEqualTo("https://example.org/kg/doc/d1/claim/3-9");
    assertThat(layout.mention("d1", 3, 9)).isEqualTo("https://example.org/kg/doc/d1/mention/3-9");
    assertThat(layout.rule("roles.ceo")).isEqualTo("https://example.org/kg/rule/roles.ceo");
  }

  @Test
  void tellsWhatAnIriNamesFromWhatItMints() {
    assertThat(layout.kindOf(layout.entity("openai"))).isEqualTo(Kind.ENTITY);
    assertThat(layout.kindOf(layout.document("d1"))).isEqualTo(Kind.DOCUMENT);
    assertThat(layout.kindOf(layout.claim("d1", 3, 9))).isEqualTo(Kind.CLAIM);
    assertThat(layout.kindOf(layout.graph("d1"))).isEqualTo(Kind.GRAPH);
    assertThat(layout.kindOf(layout.rule("r"))).isEqualTo(Kind.RULE);
    assertThat(layout.kindOf(layout.mention("d1", 3, 9))).isEqualTo(Kind.OTHER);
    assertThat(layout.kindOf(layout.entityPrefix())).isEqualTo(Kind.OTHER);
    assertThat(layout.kindOf("https://w3id.org/claimgraph/ontology#Person")).isEqualTo(Kind.OTHER);
    assertThat(layout.isEntity("https://elsewhere.org/kg/entity/openai")).isFalse();
  }

  @Test
  void refusesABaseThatCannotPrefixIris() {
    assertThatThrownBy(() -> new IriLayout("https://example.org/kg"))
        .hasMessage("Illegal base IRI=https://example.org/kg : must end with '/' or '#'");
    assertThatThrownBy(() -> new IriLayout("urn:x:/")).hasMessageContaining("must be an absolute http(s) IRI");
  }
}
