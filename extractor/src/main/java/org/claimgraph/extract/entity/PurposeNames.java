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
 * English bodies named for their purpose: the head word of a body, "for" and capitalised words, two of them perhaps
 * joined by "and" (Centre for Coastal Studies, Department for Work and Pensions, Halvard Institute for Marine
 * Research Oslo). CoreNLP's NER often stops at "for": it reads the part before it as a place or leaves it untagged,
 * and the purpose alone as the organization, or tags nothing. The name is read whole when the capitalised run ends
 * the phrase (a word in lower case or punctuation follows), no person or known name lies inside its purpose, and no
 * name found so far reaches out of it.
 */
final class PurposeNames {
  private PurposeNames() {}

  /** Head words of public and research bodies whose name goes on with "for" (Office for Students). */
  private static final Set<String> BODY_HEADS = Set.of("Centre", "Center", "Department", "Institute", "Office",
      "Council", "Foundation", "Laboratory", "Agency", "Commission", "Ministry", "Society", "Association", "Alliance",
      "Coalition", "Fund", "Trust", "Bureau", "Authority", "Committee", "Board", "School", "Academy", "College");
  /** A capitalised word of an English name: letters, digits, dots, apostrophes and hyphens (St., O’Neill, X-Labs). */
  static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.'’-]*");
  /** Words that open no name before its head (The Centre for …: the article is no part of the name). */
  private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "This", "That", "Its", "His", "Her",
      "Their", "Our", "Each", "Every", "Both", "For");
  private static final int MAX_WORDS_BEFORE_HEAD = 3;
  private static final int MAX_PURPOSE_TOKENS = 8;

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (int s = 0; s < doc.sentences().size(); s++) {
      AnnotatedSentence sentence = doc.sentences().get(s);
      if (LayeredMentionFinder.HAN.matcher(sentence.span().of(text)).find()) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      for (int i = 1; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).word().equals("for") && BODY_HEADS.contains(tokens.get(i - 1).word())) {
          Span name = nameAround(tokens, i, accepted);
          if (name != null) {
            replaceFragments(doc, accepted, name, s);
          }
        }
      }
    }
  }

  /** The name whose "for" is token {@code forAt}, or null when the words around it make no whole name. */
  private static Span nameAround(List<Token> tokens, int forAt, List<Mention> accepted) {
    int first = forAt - 1;
    while (first - 1 >= 0 && forAt - first <= MAX_WORDS_BEFORE_HEAD && joined(tokens, first - 1)
        && CAPITALISED.matcher(tokens.get(first - 1).word()).matches()
        && !NOT_NAME_START.contains(tokens.get(first - 1).word()) && !"PERSON".equals(tokens.get(first - 1).ner())) {
      first--;
    }
    int last = forAt;
    int i = forAt + 1;
    if (i < tokens.size() && tokens.get(i).word().equals("the")) {
      i++; // Centre for the Study of Islands
    }
    while (i < tokens.size() && i - forAt <= MAX_PURPOSE_TOKENS) {
      Token t = tokens.get(i);
      if (CAPITALISED.matcher(t.word()).matches()) {
        last = i++;
      } else if (t.word().equals("-") && i + 1 < tokens.size() && joined(tokens, i) && last == i - 1) {
        last = i + 1; // Medium-range: a hyphenated word the tokenizer split
        i += 2;
      } else if (Set.of("and", "&", "of").contains(t.word()) && last == i - 1 && i + 1 < tokens.size()
          && CAPITALISED.matcher(tokens.get(i + 1).word()).matches()) {
        i++;
      } else {
        break;
      }
    }
    if (last == forAt || last + 1 < tokens.size() && CAPITALISED.matcher(tokens.get(last + 1).word()).matches()) {
      return null;
    }
    Span purpose = new Span(tokens.get(forAt + 1).span().begin(), tokens.get(last).span().end());
    for (int k = forAt + 1; k <= last; k++) {
      if ("PERSON".equals(tokens.get(k).ner())) {
        return null; // the Foundation for Ada Lindqvist's gift: a person the body acts for, no part of its name
      }
    }
    if (accepted.stream().anyMatch(m -> m.source() == Mention.Source.LEXICON && m.span().overlaps(purpose))) {
      return null; // left the Agency for Google: a known name is no purpose
    }
    return new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
  }

  /** Whether token {@code i} and the next are one space or less apart. */
  private static boolean joined(List<Token> tokens, int i) {
    return tokens.get(i + 1).span().begin() - tokens.get(i).span().end() <= 1;
  }

  /** Adds {@code name} in place of the pieces found inside it, unless a name found so far reaches out of it. */
  private static void replaceFragments(AnnotatedDocument doc, List<Mention> accepted, Span name, int sentence) {
    List<Mention> overlapped = accepted.stream().filter(m -> m.span().overlaps(name)).toList();
    if (overlapped.stream().anyMatch(m -> !name.contains(m.span()) || m.span().equals(name)
        || m.source() == Mention.Source.LEXICON || m.type() == EntityType.PERSON)) {
      return;
    }
    accepted.removeAll(overlapped);
    String surface = name.of(doc.text());
    EntityType type = ParticipantLines.RESEARCH.matcher(surface).matches() || surface.contains(" Research")
        ? EntityType.RESEARCH_ORGANIZATION : EntityType.ORGANIZATION;
    accepted.add(new Mention(name, surface, type, sentence, Mention.Source.PATTERN));
  }
}
