package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.LayeredMentionFinder.HAN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * English organizations whose name opens with a common word or a preposition (Beyond Meat, Above Grid, Over
 * Harbor): the tagger reads the first word as the common word, so NER and the shapes take only the rest of the name.
 * Inside a sentence a common word is capitalised only because it belongs to the name, so a mention that such a word
 * directly precedes widens over it; the rest then stands for the whole name wherever it follows the same word, even
 * at the start of a sentence.
 */
final class CapitalisedOpeners {
  private CapitalisedOpeners() {}

  /** A capitalised common word: an initial capital and lower case after it (no abbreviation such as AI or US). */
  private static final Pattern CAPITALISED = Pattern.compile("[A-Z][a-z]+");
  /** Tags of words read as names; such a word before a name is a name of its own (Google DeepMind). */
  private static final Set<String> PROPER_NOUN = Set.of("NNP", "NNPS");
  /** What may stand right before the opener so that its capital is not a clause's or a quotation's first letter. */
  private static final Pattern WORD_OR_COMMA = Pattern.compile("[A-Za-z0-9].*|,");
  /** Titles and days a writer capitalises before a name without their being part of it. */
  private static final Set<String> NOT_OPENERS = Stream.concat(Stream.of(NamePatterns.WEEKDAYS.split("\\|")),
      Stream.of("Chief", "Executive", "President", "Chairman", "Chairwoman", "Founder", "Director", "Head", "Vice",
          "Senior", "Former", "Professor", "Dr", "Mr", "Mrs", "Ms")).collect(Collectors.toUnmodifiableSet());
  /** Fewer lower-case words than this, and the sentence is a headline in title case, where every word has a capital. */
  private static final int LEAST_LOWER_CASE_WORDS = 3;

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Map<String, String> openerOfRest = new LinkedHashMap<>();
    for (Mention m : List.copyOf(accepted)) {
      if (!m.type().isOrganization() || HAN.matcher(m.text()).find() || m.sentence() < 0
          || m.sentence() >= doc.sentences().size()) {
        continue;
      }
      AnnotatedSentence sentence = doc.sentences().get(m.sentence());
      List<Token> tokens = sentence.tokens();
      int first = sentence.tokenStartingAt(m.span().begin());
      if (first < 2 || HAN.matcher(sentence.span().of(text)).find() || tokens.stream()
          .filter(t -> Character.isLowerCase(t.word().charAt(0))).count() < LEAST_LOWER_CASE_WORDS) {
        continue;
      }
      Token opener = tokens.get(first - 1);
      if (opener.span().end() + 1 != m.span().begin() || !CAPITALISED.matcher(opener.word()).matches()
          || !opener.ner().equals("O") || PROPER_NOUN.contains(opener.pos()) || NOT_OPENERS.contains(opener.word())
          || !WORD_OR_COMMA.matcher(tokens.get(first - 2).word()).matches()
          || accepted.stream().anyMatch(o -> o.span().overlaps(opener.span()))) {
        continue;
      }
      openerOfRest.putIfAbsent(m.text(), opener.word());
    }
    for (Mention m : List.copyOf(accepted)) {
      String opener = openerOfRest.get(m.text());
      int begin = m.span().begin() - (opener == null ? 0 : opener.length() + 1);
      if (opener == null || !m.type().isOrganization() || begin < 0
          || !text.startsWith(opener + " ", begin) || begin > 0 && Character.isLetterOrDigit(text.charAt(begin - 1))) {
        continue;
      }
      Span whole = new Span(begin, m.span().end());
      if (accepted.stream().anyMatch(o -> o != m && o.span().overlaps(whole))) {
        continue;
      }
      accepted.remove(m);
      accepted.add(new Mention(whole, whole.of(text), m.type(), m.sentence(), m.source()));
    }
  }
}
