package org.claimgraph.extract.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.KbpTriple;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.OffsetMap;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Stance;

/** Small hand-built documents, extractions and golds for the evaluation tests (no CoreNLP). */
final class TestDocuments {
  private TestDocuments() {}

  /** A document whose cleaned text is its raw text. */
  static AnnotatedDocument annotated(String text) {
    return annotated(text, List.of(), List.of());
  }

  static AnnotatedDocument annotated(String text, List<AnnotatedSentence> sentences, List<KbpTriple> kbp) {
    int[] identity = new int[text.length()];
    Arrays.setAll(identity, i -> i);
    return annotated(text, text, new OffsetMap(identity, text.length()), sentences, kbp);
  }

  static AnnotatedDocument annotated(String raw, String clean, OffsetMap offsets, List<AnnotatedSentence> sentences,
      List<KbpTriple> kbp) {
    RawDocument rawDocument = new RawDocument("test.txt", raw, "0".repeat(64), "UTF-8");
    CleanDocument doc = new CleanDocument("test", rawDocument, "title", Optional.empty(), Optional.empty(), clean,
        List.of(new Paragraph(Paragraph.Role.BODY, new Span(0, clean.length()))), offsets, List.of(), List.of());
    return new AnnotatedDocument(doc, sentences, kbp, "test");
  }

  static Entity entity(String key, EntityType type, String label, String... aliases) {
    TreeMap<String, String> labels = new TreeMap<>();
    labels.put(label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en", label);
    return new Entity(key, type, labels, new TreeSet<>(List.of(aliases)), Optional.empty(), List.of());
  }

  /** An entity known only through one mention text, with a label that is not a name (as a resolver may give). */
  static Entity mentionedEntity(String key, EntityType type, String mentionText) {
    TreeMap<String, String> labels = new TreeMap<>();
    labels.put("en", "entity " + key);
    Mention m = new Mention(new Span(0, mentionText.length()), mentionText, type, 0, Mention.Source.NER);
    return new Entity(key, type, labels, new TreeSet<>(), Optional.empty(), List.of(m));
  }

  static Relation relation(String subject, RelationType predicate, String objectKey) {
    return new Relation(subject, predicate, new Relation.EntityValue(objectKey), Optional.empty(), 0, new Span(0, 1), "test", 1.0);
  }

  static Relation relation(String subject, RelationType predicate, String objectKey, String qualifier) {
    return new Relation(subject, predicate, new Relation.EntityValue(objectKey), Optional.of(qualifier), 0, new Span(0, 1), "test", 1.0);
  }

  static Relation literal(String subject, RelationType predicate, String lexical) {
    return new Relation(subject, predicate, new Relation.LiteralValue(lexical, "http://www.w3.org/2001/XMLSchema#string"),
        Optional.empty(), 0, new Span(0, 1), "test", 1.0);
  }

  /** A predicted claim over [begin, end) of the document's cleaned text. */
  static Claim claim(AnnotatedDocument doc, int begin, int end, Optional<String> entityKey, String description,
      ClaimKind kind, Stance stance) {
    Span span = new Span(begin, end);
    return new Claim(span, span.of(doc.text()), 0, new Claim.Claimant(entityKey, description), kind, stance,
        Optional.empty(), Optional.empty(), List.of(), "test", 1.0);
  }

  static Extraction extraction(AnnotatedDocument doc, List<Entity> entities, List<Relation> relations, List<Claim> claims) {
    return new Extraction(doc, entities, relations, claims);
  }

  static GoldEntity goldEntity(EntityType type, String... names) {
    return new GoldEntity(type, List.of(names), Optional.empty(), Optional.empty(), Optional.empty());
  }

  static GoldRelation goldRelation(String subject, RelationType predicate, String object) {
    return new GoldRelation(subject, predicate, Optional.of(object), Optional.empty(), Optional.empty(), "evidence", Optional.empty());
  }

  static GoldRelation goldRelation(String subject, RelationType predicate, String object, String qualifier) {
    return new GoldRelation(subject, predicate, Optional.of(object), Optional.empty(), Optional.of(qualifier), "evidence",
        Optional.empty());
  }

  static GoldRelation goldLiteral(String subject, RelationType predicate, String literal) {
    return new GoldRelation(subject, predicate, Optional.empty(), Optional.of(literal), Optional.empty(), "evidence", Optional.empty());
  }

  static GoldClaim goldClaim(String text, String claimant, ClaimKind kind, Stance stance, String... claimantAliases) {
    return new GoldClaim(text, claimant, List.of(claimantAliases), kind, stance, Optional.empty(), List.of(), Optional.empty());
  }

  static Gold gold(List<GoldEntity> entities, List<GoldRelation> relations, List<GoldClaim> claims, List<String> groups) {
    return new Gold(Optional.empty(), "title", Optional.empty(), Optional.empty(), Optional.empty(), groups, entities, relations, claims);
  }

  static Gold gold(Optional<String> author, List<GoldEntity> entities, List<GoldClaim> claims, List<String> groups) {
    return new Gold(Optional.empty(), "title", Optional.empty(), author, Optional.empty(), groups, entities, List.of(), claims);
  }
}
