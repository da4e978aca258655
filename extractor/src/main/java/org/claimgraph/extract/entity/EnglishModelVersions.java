package org.claimgraph.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that follows an English model name a shape or the lexicon found (a model
 * called Corvid, its Lumen model) through the document: its versions (Corvid 2, Corvid 3 Mini) are models, and so is
 * the bare name wherever NER took it for an organization or a person.
 */
final class EnglishModelVersions {
  private EnglishModelVersions() {}

  /** A one- or two-word Latin name without digits: Corvid, Night Owl. */
  private static final Pattern FAMILY = Pattern.compile("[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?");
  /**
   * A version after the name, with a size word: Corvid 2, Lumen 2.5, Corvid 3 Mini. Not a count (Corvid 3 million
   * users, Lumen 2 models).
   */
  private static final Pattern VERSION = Pattern.compile("^ \\d{1,2}(?:\\.\\d+)*(?: (?:Pro|Max|Plus|Mini|mini|Ultra|"
      + "Turbo|Lite|Flash|Nano|Small|Medium|Large))?(?![A-Za-z0-9]|[.,]\\d)(?! (?:million|billion|thousand|hundred|"
      + "percent|per|years?|months?|models?|times|users|of|to|and)\\b)");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Set<String> families = new HashSet<>();
    for (Mention m : accepted) {
      if (m.type() == EntityType.AI_MODEL && m.source() != Mention.Source.NER && FAMILY.matcher(m.text()).matches()) {
        families.add(m.text());
      }
    }
    if (families.isEmpty()) {
      return;
    }
    // NER read the model's name as an organization or a person elsewhere: the document already said what it is.
    accepted.replaceAll(m -> m.source() == Mention.Source.NER && families.contains(m.text())
        && (m.type().isOrganization() || m.type() == EntityType.PERSON)
        ? new Mention(m.span(), m.text(), EntityType.AI_MODEL, m.sentence(), m.source()) : m);
    for (String family : families) {
      for (int at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
          continue;
        }
        Matcher v = VERSION.matcher(text).region(at + family.length(), text.length());
        if (!v.lookingAt()) {
          continue;
        }
        Span span = new Span(at, v.end());
        List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(span)).toList();
        if (overlapping.stream().allMatch(m -> span.contains(m.span()) && m.type() != EntityType.PERSON
            && m.type() != EntityType.PLACE)) {
          accepted.removeAll(overlapping); // the family's name or the size word alone (Mini) is a piece of it
          accepted.add(new Mention(span, span.of(text), EntityType.AI_MODEL, doc.sentenceAt(at),
              Mention.Source.PATTERN));
        }
      }
    }
  }
}
