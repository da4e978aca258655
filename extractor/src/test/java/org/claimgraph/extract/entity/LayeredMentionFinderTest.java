package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.OffsetMap;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.lexicon.Lexicon;
import org.claimgraph.extract.lexicon.LexiconMatcher;
import org.junit.jupiter.api.Test;

/** The mention layers and the resolver on one-sentence documents whose NER output is given by hand. */
class LayeredMentionFinderTest {
  private static final Lexicon LEXICON = Lexicon.load();
  private final LayeredMentionFinder finder =
      new LayeredMentionFinder(new LexiconMatcher(LEXICON), new NamePatterns(), TypeCorrections.load());
  private final NameResolver resolver = new NameResolver(LEXICON);

  /** A document of one sentence; each NER mention is "text=TYPE" and also becomes one proper-noun token. */
  private static AnnotatedDocument document(String text, String... ner) {
    List<NerMention> mentions = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    for (String n : ner) {
      String surface = n.substring(0, n.lastIndexOf('='));
      int at = text.indexOf(surface, from);
      Span span = new Span(at, at + surface.length());
      mentions.add(new NerMention(span, surface, n.substring(n.lastIndexOf('=') + 1)));
      tokens.add(new Token(tokens.size(), surface, span, "NR", n.substring(n.lastIndexOf('=') + 1)));
      from = at;
    }
    int[] identity = new int[text.length()];
    Arrays.setAll(identity, i -> i);
    RawDocument raw = new RawDocument("t.txt", text, "0".repeat(64), "UTF-8");
    CleanDocument doc = new CleanDocument("t", raw, "t", Optional.empty(), Optional.empty(), text,
        List.of(new Paragraph(Paragraph.Role.BODY, new Span(0, text.length()))), new OffsetMap(identity, text.length()),
        List.of(), List.of());
    AnnotatedSentence s = new AnnotatedSentence(0, new Span(0, text.length()), tokens, List.of(), mentions);
    return new AnnotatedDocument(doc, List.of(s), List.of(), "test");
  }

  private List<Entity> entities(AnnotatedDocument doc) {
    return resolver.resolve(doc, finder.find(doc));
  }

  private static Optional<Entity> named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(name))).findFirst();
  }

  @Test
  void anOrganizationsNameHoldsThePlaceItStartsWith() {
    List<Mention> found = finder.find(document("日本国家警察厅周二发布了新的网络安全指南。", "日本国家警察厅=ORGANIZATION"));
    assertThat(found).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("日本国家警察厅", EntityType.ORGANIZATION));
    assertThat(found).extracting(Mention::text).doesNotContain("日本");
  }

  @Test
  void aPlaceBeforeAGenericDescriptionStaysAPlace() {
    List<Mention> found = finder.find(document("多家德国汽车企业表示支持。", "德国汽车企业=ORGANIZATION"));
    assertThat(found).extracting(Mention::text).contains("德国").doesNotContain("德国汽车企业");
  }

  @Test
  void aLatinFormInBracketsIsTheSameEntity() {
    List<Entity> entities = entities(document("德国联邦网络管理局(BNetzA)发布报告。", "德国联邦网络管理局=ORGANIZATION"));
    Entity office = named(entities, "德国联邦网络管理局").orElseThrow();
    assertThat(office.mentions()).extracting(Mention::text).contains("BNetzA");
    assertThat(office.type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aTransliteratedNameAndItsBracketedOriginalAndItsLastPartAreOnePerson() {
    List<Entity> entities = entities(document("英国议员约翰·史密斯(John Smith)说，史密斯将提交法案。",
        "约翰·史密斯=PERSON", "John Smith)=ORGANIZATION", "史密斯=ORGANIZATION"));
    Entity smith = named(entities, "约翰·史密斯").orElseThrow();
    assertThat(smith.type()).isEqualTo(EntityType.PERSON);
    assertThat(smith.mentions()).extracting(Mention::text).containsExactlyInAnyOrder("约翰·史密斯", "John Smith", "史密斯");
    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
  }

  @Test
  void unpairedBracketsAreTrimmedAndPairedOnesKept() {
    String text = "《Slate 和《时代》";
    assertThat(LayeredMentionFinder.trimPunctuation(new Span(0, 6), text).of(text)).isEqualTo("Slate");
    assertThat(LayeredMentionFinder.trimPunctuation(new Span(8, 12), text).of(text)).isEqualTo("《时代》");
  }
}
