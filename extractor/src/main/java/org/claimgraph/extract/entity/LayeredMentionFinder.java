package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Byline;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.MentionFinder;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.lexicon.LexiconMatch;
import org.claimgraph.extract.lexicon.LexiconMatcher;

/**
 * Mentions from three layers, most trusted first: lexicon matches, name shapes, then CoreNLP's NER with its types
 * corrected. A later layer never overrides an earlier one where they overlap, except that an event name may nest
 * around the names inside it.
 */
public final class LayeredMentionFinder implements MentionFinder {
  private static final Map<String, EntityType> NER_TYPES = Map.of(
      "PERSON", EntityType.PERSON,
      "ORGANIZATION", EntityType.ORGANIZATION,
      "GPE", EntityType.PLACE,
      "LOCATION", EntityType.PLACE,
      "CITY", EntityType.PLACE,
      "COUNTRY", EntityType.PLACE,
      "STATE_OR_PROVINCE", EntityType.PLACE);
  /** A run of capitalised Latin words, the name inside a mixed mention such as "AI先驱Michael Wooldridge". */
  private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern CAMEL = Pattern.compile("[a-z][A-Z]");
  /** All-caps abbreviations of three letters or fewer (AI, ML) are too ambiguous to be names without a lexicon. */
  private static final Pattern SHORT_CAPS = Pattern.compile("[A-Z]{1,3}");
  /** A bare abbreviation plus a classifier noun is a description ("AI公司", "AI届"), not a name. */
  private static final Pattern GENERIC = Pattern.compile("[A-Z]{1,3}\\p{IsHan}{1,2}|\\p{IsHan}{1,2}[A-Z]{1,3}");

  private final LexiconMatcher lexicon;
  private final NamePatterns patterns;
  private final TypeCorrections corrections;

  public LayeredMentionFinder(LexiconMatcher lexicon, NamePatterns patterns, TypeCorrections corrections) {
    this.lexicon = lexicon;
    this.patterns = patterns;
    this.corrections = corrections;
  }

  /** CoreNLP's NER mentions are one layer; proper-noun tags confirm them. */
  @Override
  public Set<AnnotationLayer> requires() {
    return EnumSet.of(AnnotationLayer.TOKENS, AnnotationLayer.POS, AnnotationLayer.NER);
  }

  @Override
  public List<Mention> find(AnnotatedDocument doc) {
    String text = doc.text();
    List<Mention> accepted = new ArrayList<>();
    for (LexiconMatch m : lexicon.find(text)) {
      add(accepted, doc, m.span(), m.entry().type(), Mention.Source.LEXICON);
    }
    for (NamePatterns.Found f : patterns.find(text)) {
      add(accepted, doc, f.span(), f.type(), Mention.Source.PATTERN);
    }
    doc.document().byline().map(Byline::authorSpan)
        .ifPresent(s -> add(accepted, doc, s, EntityType.PERSON, Mention.Source.BYLINE));
    Set<String> personSurnames = personSurnames(doc);
    for (AnnotatedSentence sentence : doc.sentences()) {
      for (NerMention ner : sentence.nerMentions()) {
        fromNer(doc, sentence, ner, personSurnames).ifPresent(m -> add(accepted, doc, m.span(), m.type(), m.source()));
      }
    }
    accepted.sort(Comparator.comparing(Mention::span));
    return accepted;
  }

  private Optional<Mention> fromNer(AnnotatedDocument doc, AnnotatedSentence sentence, NerMention ner,
      Set<String> personSurnames) {
    String text = doc.text();
    Span span = trimToName(ner.span(), ner.text());
    String surface = span.of(text);
    if (surface.length() < 2 || SHORT_CAPS.matcher(surface).matches() || GENERIC.matcher(surface).matches()
        || !looksLikeName(sentence, span, surface)) {
      return Optional.empty();
    }
    EntityType type = NER_TYPES.get(ner.nerType());
    Optional<EntityType> corrected = corrections.correct(text, span, ner.nerType());
    if (corrected.isPresent()) {
      type = corrected.get();
    } else if (type == EntityType.PERSON && !surface.contains(" ") && CAMEL.matcher(surface).find()
        && !personSurnames.contains(surface)) {
      // One camel-case Latin word (DeepMind, LangChain) is a brand, not a person's name.
      type = EntityType.ORGANIZATION;
    }
    if (type == null) {
      return Optional.empty();
    }
    return Optional.of(new Mention(span, surface, type, sentence.index(), Mention.Source.NER));
  }

  /** A mention that mixes Chinese words with one Latin name keeps only the name. */
  private static Span trimToName(Span span, String surface) {
    if (!HAN.matcher(surface).find()) {
      return span;
    }
    Matcher m = LATIN_NAME.matcher(surface);
    Span best = null;
    while (m.find()) {
      if (best == null || m.end() - m.start() > best.length()) {
        best = new Span(m.start(), m.end());
      }
    }
    return best == null ? span : new Span(span.begin() + best.begin(), span.begin() + best.end());
  }

  /** A proper name has a proper-noun token or a Latin word that is not a bare abbreviation. */
  private static boolean looksLikeName(AnnotatedSentence sentence, Span span, String surface) {
    if (LATIN_NAME.matcher(surface).find()) {
      return true;
    }
    for (Token t : sentence.tokens()) {
      if (span.overlaps(t.span()) && t.pos().equals("NR")) {
        return true;
      }
    }
    return false;
  }

  /** Last names of multi-word Latin person mentions, so "Sutskever" alone stays a person. */
  private static Set<String> personSurnames(AnnotatedDocument doc) {
    Set<String> surnames = new HashSet<>();
    for (AnnotatedSentence s : doc.sentences()) {
      for (NerMention n : s.nerMentions()) {
        if (n.nerType().equals("PERSON") && n.text().contains(" ")) {
          surnames.add(n.text().substring(n.text().lastIndexOf(' ') + 1));
        }
      }
    }
    return surnames;
  }

  private static void add(List<Mention> accepted, AnnotatedDocument doc, Span span, EntityType type,
      Mention.Source source) {
    List<Mention> overlapped = accepted.stream().filter(m -> m.span().overlaps(span)).toList();
    boolean allInside = overlapped.stream().allMatch(m -> span.contains(m.span()) && span.length() > m.span().length());
    if (!overlapped.isEmpty() && allInside && type == EntityType.EVENT && source == Mention.Source.PATTERN) {
      // An event's name often holds its organizer's or venue's (皇家研究院圣诞讲座): both are mentioned, nested.
      accepted.add(new Mention(span, span.of(doc.text()), type, doc.sentenceAt(span.begin()), source));
      return;
    }
    // A longer name may swallow topic words inside it (the "AI" in "AI届的伍德斯托克"), never another name.
    boolean onlyTopicsInside = allInside && overlapped.stream().allMatch(m -> m.type() == EntityType.TOPIC);
    if (!overlapped.isEmpty() && !onlyTopicsInside) {
      return;
    }
    accepted.removeAll(overlapped);
    accepted.add(new Mention(span, span.of(doc.text()), type, doc.sentenceAt(span.begin()), source));
  }
}
