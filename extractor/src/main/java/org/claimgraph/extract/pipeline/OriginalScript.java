package org.claimgraph.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.Span;

/**
 * An extraction made from a document's reading ({@link ChineseReading}), given back as the original writes it:
 * mentions, claims and labels in its script and its widths. Entity keys stay as read, so 騰訊 in one article and 腾讯
 * in another are one resource.
 */
final class OriginalScript {
  private final String read;
  private final String written;

  private OriginalScript(String read, String written) {
    this.read = read;
    this.written = written;
  }

  /** {@code found}, extracted from the reading of {@code original}, as {@code original} writes it. */
  static Extraction restore(Extraction found, CleanDocument original) {
    OriginalScript script = new OriginalScript(found.document().text(), original.text());
    AnnotatedDocument annotated = found.annotated();
    AnnotatedDocument withOriginal = new AnnotatedDocument(original, annotated.sentences(), annotated.kbpTriples(),
        annotated.quotes(), annotated.pipeline());
    return new Extraction(withOriginal, found.entities().stream().map(script::entity).toList(),
        found.relations().stream().map(script::relation).toList(),
        found.claims().stream().map(script::claim).toList());
  }

  /** The text at {@code span} as written, when {@code text} is what the reading has there. */
  private String at(Span span, String text) {
    return span.end() <= read.length() && span.of(read).equals(text) ? span.of(written) : written(text);
  }

  /** A name or phrase as the article writes it, found where the reading has it; unchanged if it is not in the text
   * (a lexicon's label, say). */
  private String written(String text) {
    int at = text.isEmpty() ? -1 : read.indexOf(text);
    return at < 0 ? text : written.substring(at, at + text.length());
  }

  private Entity entity(Entity e) {
    SortedMap<String, String> labels = new TreeMap<>();
    e.labels().forEach((language, label) -> labels.put(language, written(label)));
    SortedSet<String> aliases = new TreeSet<>();
    e.aliases().forEach(alias -> aliases.add(written(alias)));
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : e.mentions()) {
      mentions.add(new Mention(m.span(), at(m.span(), m.text()), m.type(), m.sentence(), m.source()));
    }
    return new Entity(e.key(), e.type(), labels, aliases, e.wikidata(), mentions);
  }

  private Relation relation(Relation r) {
    Relation.Value object = r.object() instanceof Relation.LiteralValue literal
        ? new Relation.LiteralValue(written(literal.lexical()), literal.datatype()) : r.object();
    return new Relation(r.subject(), r.predicate(), object, r.qualifier().map(this::written), r.sentence(),
        r.evidence(), r.rule(), r.confidence());
  }

  private Claim claim(Claim c) {
    Claim.Claimant claimant = new Claim.Claimant(c.claimant().entityKey(), written(c.claimant().description()));
    return new Claim(c.span(), at(c.span(), c.text()), c.sentence(), claimant, c.kind(), c.stance(), c.cue(),
        c.stanceCue().map(this::written), c.about(), c.rule(), c.confidence());
  }
}
