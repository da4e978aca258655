package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IriMappingTest {

  final IriMapping mapping = new IriMapping("https://w3id.org/claimgraph/id/");

  @Test
  void baseIrisMapToIdPathsAndBack() {
    assertThat(mapping.pagePath("https://w3id.org/claimgraph/id/entity/openai")).isEqualTo("/id/entity/openai");
    assertThat(mapping.pagePath("https://w3id.org/claimgraph/id/entity/openai", "ttl")).isEqualTo("/id/entity/openai.ttl");
    assertThat(mapping.iriForIdPath("entity/openai")).isEqualTo("https://w3id.org/claimgraph/id/entity/openai");
  }

  @Test
  void chineseKeysArePercentEncodedInPaths() {
    assertThat(mapping.pagePath("https://w3id.org/claimgraph/id/entity/马化腾"))
        .isEqualTo("/id/entity/%E9%A9%AC%E5%8C%96%E8%85%BE");
  }

  @Test
  void otherIrisAndAwkwardLocalNamesUseTheGenericPage() {
    assertThat(mapping.pagePath("https://w3id.org/claimgraph/ontology#Company"))
        .isEqualTo("/resource?iri=https%3A%2F%2Fw3id.org%2Fclaimgraph%2Fontology%23Company");
    assertThat(mapping.pagePath("https://w3id.org/claimgraph/id/x?y#z", "nt"))
        .isEqualTo("/resource?iri=https%3A%2F%2Fw3id.org%2Fclaimgraph%2Fid%2Fx%3Fy%23z&format=nt");
    assertThat(mapping.pagePath("https://w3id.org/claimgraph/id/a%20b")).startsWith("/resource?iri=");
  }

  @Test
  void onlySafeIrisAreUsable() {
    assertThat(IriMapping.isUsableIri("https://w3id.org/claimgraph/ontology#Company")).isTrue();
    assertThat(IriMapping.isUsableIri("https://w3id.org/claimgraph/id/entity/开源模型")).isTrue();
    assertThat(IriMapping.isUsableIri("relative/path")).isFalse();
    assertThat(IriMapping.isUsableIri("http://x/> } DROP ALL #")).isFalse();
    assertThat(IriMapping.isUsableIri("http://x/\"y")).isFalse();
    assertThat(IriMapping.externalHref("javascript:alert(1)")).isEmpty();
    assertThat(IriMapping.externalHref("http://www.wikidata.org/entity/Q1")).hasValue("http://www.wikidata.org/entity/Q1");
  }

  @Test
  void aBadBaseIriIsRefusedWithTheReason() {
    assertThatThrownBy(() -> new IriMapping("claimgraph/id")).hasMessageContaining("must be an absolute IRI ending in '/'");
    assertThatThrownBy(() -> new IriMapping(" ")).hasMessageContaining("base IRI is empty");
  }
}
