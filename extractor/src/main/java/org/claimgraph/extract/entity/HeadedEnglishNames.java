package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * English bodies named by capitalised words and the head word of a body (Finnish Herring Council, Bright Paths
 * Foundation, Lakeside AI Lab) that CoreNLP's NER leaves untagged, reads its first word alone as a nationality, or tags
 * without its nationality (Australian + Defence Force). The run of capitalised words is read as one organization when
 * it ends in the head word, no person, place or known name lies inside it, and the name ends there: a word in lower
 * case or punctuation follows, not "of" or "for", which go on into a longer name. Title-case lines without a full
 * stop (headlines) are left alone.
 */
final class HeadedEnglishNames {
  private HeadedEnglishNames() {}

  /** Head words of a body's name. */
  private static final Set<String> BODY_HEADS = Set.of("Foundation", "Council", "Museum", "School", "Lab",
      "Laboratory", "Agency", "Institute", "Association", "Society", "Federation", "Academy", "Commission",
      "Authority", "Bureau", "Force");
  private static final Pattern CAPITALISED = PurposeNames.CAPITALISED;
  private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "This", "That", "These", "Those", "Its",
      "His", "Her", "Their", "Our", "My", "Your", "Each", "Every", "Both", "Any", "No", "Some", "Another");
  /** NER's tags a word of such a name may carry: none, a nationality, or the organization NER cut short. */
  private static final Set<String> NAME_TAGS = Set.of("O", "MISC", "NATIONALITY", "ORGANIZATION");
  private static final double TITLE_CASE_SHARE = 0.6;
  /** A word in lower case or an ampersand, which may join two parts of a name (AI for Good Lab, Art x Science Lab). */
  private static final Pattern JOINER = Pattern.compile("\\p{Ll}+|&");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (int s = 0; s < doc.sentences().size(); s++) {
      AnnotatedSentence sentence = doc.sentences().get(s);
      if (LayeredMentionFinder.HAN.matcher(sentence.span().of(text)).find() || titleCase(sentence.tokens())) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      for (int last = 1; last < tokens.size(); last++) {
        if (!BODY_HEADS.contains(tokens.get(last).word()) || endsNoName(tokens, last)) {
          continue;
        }
        int first = last;
        while (first - 1 >= 0 && nameWord(tokens.get(first - 1)) && joined(tokens, first - 1)) {
          first--;
        }
        if (first == 0 && !tokens.get(0).pos().startsWith("NNP")) {
          first++; // a capitalised common word opening the sentence: Every School …
        }
        if (first >= 2 && JOINER.matcher(tokens.get(first - 1).word()).matches()
            && CAPITALISED.matcher(tokens.get(first - 2).word()).matches()) {
          continue; // AI for Good Lab, Art x Science Lab: the name goes on over a joiner to its left
        }
        if (first < last && tokens.subList(first, last + 1).stream().anyMatch(t -> !t.ner().equals("ORGANIZATION"))) {
          addOrganization(doc, accepted, new Span(tokens.get(first).span().begin(), tokens.get(last).span().end()), s);
        }
      }
    }
  }

  private static boolean nameWord(Token t) {
    return CAPITALISED.matcher(t.word()).matches() && !NOT_NAME_WORDS.contains(t.word()) && NAME_TAGS.contains(t.ner());
  }

  /** Whether the words after the head go on into a longer name (Museum of …, Council for …, Lab Helps …). */
  private static boolean endsNoName(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(last + 1).word();
    return next.equals("of") || next.equals("for") || CAPITALISED.matcher(next).matches();
  }

  /**
   * Whether most words of the sentence are capitalised and no full stop ends it, as in a headline (a line of names and
   * titles ends with one).
   */
  private static boolean titleCase(List<Token> tokens) {
    long words = tokens.stream().filter(t -> Character.isLetter(t.word().charAt(0))).count();
    long capitalised = tokens.stream().filter(t -> Character.isUpperCase(t.word().charAt(0))).count();
    boolean stopped = !tokens.isEmpty() && Set.of(".", "!", "?").contains(tokens.get(tokens.size() - 1).word());
    return words > 0 && capitalised > TITLE_CASE_SHARE * words && !stopped;
  }

  private static boolean joined(List<Token> tokens, int i) {
    return tokens.get(i + 1).span().begin() - tokens.get(i).span().end() == 1;
  }

  /** Adds {@code name} in place of the organizations found inside it, unless a name found so far overlaps it. */
  private static void addOrganization(AnnotatedDocument doc, List<Mention> accepted, Span name, int sentence) {
    List<Mention> overlapped = accepted.stream().filter(m -> m.span().overlaps(name)).toList();
    if (overlapped.stream().anyMatch(m -> m.type() != EntityType.TOPIC && (!name.contains(m.span())
        || m.span().equals(name) || m.source() == Mention.Source.LEXICON || !m.type().isOrganization()))) {
      return;
    }
    accepted.removeAll(overlapped.stream().filter(m -> m.type() != EntityType.TOPIC).toList());
    String surface = name.of(doc.text());
    EntityType type = ParticipantLines.RESEARCH.matcher(surface).matches() ? EntityType.RESEARCH_ORGANIZATION
        : EntityType.ORGANIZATION;
    accepted.add(new Mention(name, surface, type, sentence, Mention.Source.PATTERN));
  }
}
