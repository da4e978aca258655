package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * A company an English shape found by one word of its name, where CoreNLP's NER read the whole name: the shapes take
 * one capitalised word (and a closed list of head words such as Labs or Robotics), so "chief executive of Nimbus
 * Freight" gave Nimbus, and "Velora Foods, a snack company" gave Foods. When the word sits inside a longer NER mention
 * of proper nouns (an organization's, a place's or a miscellaneous name, not a person's), the name is the NER
 * mention's: Nimbus Freight, Velora Foods, Harbor County.
 */
final class WholeNerNames {
  private WholeNerNames() {}

  /** NER types whose mention may be a company's whole name: never a person's (the chief of Acme, Jane Roe). */
  private static final Set<String> NAME_TYPES = Set.of("ORGANIZATION", "MISC", "LOCATION", "CITY",
      "STATE_OR_PROVINCE", "COUNTRY", "GPE");
  private static final Set<String> PROPER_NOUN = Set.of("NNP", "NNPS");
  /** A word of a name: capitalised, or an abbreviation, with digits, hyphens, dots or an ampersand. */
  private static final Pattern NAME_WORD = Pattern.compile("[A-Z][A-Za-z0-9&.-]*");
  /** Titles and days that NER may run into a name; the name stops before them. */
  private static final Set<String> NOT_NAME_WORDS = Stream.concat(Stream.of(NamePatterns.WEEKDAYS.split("\\|")),
      Stream.of("CEO", "CTO", "CFO", "COO", "Chief", "President", "Chairman", "Chairwoman", "Founder", "Co-founder",
          "Executive", "Director", "Head", "Vice", "Senior")).collect(Collectors.toUnmodifiableSet());
  /** The longest name taken whole: a company's name has at most four words. */
  private static final int MAX_TOKENS = 4;

  /** The NER mention of proper nouns that holds {@code span} and is longer, else {@code span} itself. */
  static Span around(AnnotatedDocument doc, Span span) {
    int index = doc.sentenceAt(span.begin());
    if (index < 0 || index >= doc.sentences().size()) {
      return span;
    }
    AnnotatedSentence sentence = doc.sentences().get(index);
    for (NerMention ner : sentence.nerMentions()) {
      if (!ner.span().contains(span) || ner.span().equals(span) || !NAME_TYPES.contains(ner.nerType())) {
        continue;
      }
      List<Token> tokens = sentence.tokens().stream().filter(t -> ner.span().contains(t.span())).toList();
      boolean name = !tokens.isEmpty() && tokens.size() <= MAX_TOKENS && tokens.stream().allMatch(t ->
          PROPER_NOUN.contains(t.pos()) && NAME_WORD.matcher(t.word()).matches()
              && !NOT_NAME_WORDS.contains(t.word()));
      return name ? ner.span() : span;
    }
    return span;
  }
}
