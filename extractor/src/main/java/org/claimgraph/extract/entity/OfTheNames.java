package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * English organization names that go on with "of the" and a capitalised word (Friends of the Earth, Bank of the
 * West): CoreNLP's NER often stops at "of", types the first word alone and leaves the rest untagged. An organization
 * NER read is widened over "of the" and one or two capitalised words no tagger read as anything, when a word in lower
 * case or punctuation follows them (the name ends there).
 */
final class OfTheNames {
  private OfTheNames() {}

  private static final Pattern CAPITALISED = Pattern.compile("[A-Z][a-z]+");

  static void widen(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention m : List.copyOf(accepted)) {
      if (!m.type().isOrganization() || m.source() != Mention.Source.NER || m.sentence() < 0
          || !m.text().matches("[A-Z][A-Za-z&.' -]*")) {
        continue;
      }
      AnnotatedSentence sentence = doc.sentences().get(m.sentence());
      List<Token> tokens = sentence.tokens();
      int last = sentence.tokenEndingAt(m.span().end());
      if (last < 0 || last + 4 >= tokens.size() || !tokens.get(last + 1).word().equals("of")
          || !tokens.get(last + 2).word().equals("the")) {
        continue;
      }
      int end = last + 2;
      while (end + 1 < tokens.size() && end < last + 4 && untaggedCapitalised(tokens.get(end + 1))) {
        end++;
      }
      if (end == last + 2 || end + 1 >= tokens.size() || tokens.get(end + 1).pos().startsWith("NNP")) {
        continue; // no capitalised word, or the name runs on into more capitalised words than it may hold
      }
      Span wider = new Span(m.span().begin(), tokens.get(end).span().end());
      if (accepted.stream().anyMatch(o -> o != m && o.span().overlaps(wider))) {
        continue;
      }
      accepted.remove(m);
      accepted.add(new Mention(wider, wider.of(text), m.type(), m.sentence(), Mention.Source.PATTERN));
    }
  }

  private static boolean untaggedCapitalised(Token t) {
    return t.ner().equals("O") && t.pos().startsWith("NNP") && CAPITALISED.matcher(t.word()).matches()
        && !NamePatterns.CALENDAR.contains(t.word());
  }
}
