package org.claimgraph.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.KbpTriple;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * Sentences CoreNLP's Chinese splitter ends at the period of a Latin abbreviation, joined again: it takes every "."
 * for a full stop, so "Acme Inc.创始人张三表示" becomes two sentences and the founder never meets the company. Joined
 * here, after the annotation cache, so cached annotations need no refresh. The parses stay as they were: the joined
 * sentence has two roots.
 */
final class AbbreviationJoins {
  /** Abbreviations that end in a period inside a sentence: legal forms and titles. */
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?i)inc|ltd|corp|co|llc|plc|gmbh|jr|sr|dr|mr|mrs|ms|prof|st|vs|no");

  private AbbreviationJoins() {}

  static AnnotatedDocument join(AnnotatedDocument doc) {
    List<AnnotatedSentence> sentences = doc.sentences();
    List<AnnotatedSentence> joined = new ArrayList<>();
    List<Integer> newIndex = new ArrayList<>();
    for (AnnotatedSentence s : sentences) {
      AnnotatedSentence last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && endsAtAbbreviation(last, s, doc.text())) {
        joined.set(joined.size() - 1, concatenate(last, s));
      } else {
        joined.add(renumbered(s, joined.size()));
      }
      newIndex.add(joined.size() - 1);
    }
    if (joined.size() == sentences.size()) {
      return doc;
    }
    List<KbpTriple> kbp = doc.kbpTriples().stream().map(t -> new KbpTriple(newIndex.get(t.sentence()), t.subject(),
        t.relation(), t.object(), t.confidence())).toList();
    return new AnnotatedDocument(doc.document(), joined, kbp, doc.quotes(), doc.pipeline());
  }

  /**
   * Whether {@code previous} ends with an abbreviation's period right after the word and {@code next} goes on in
   * Chinese after at most a space: "Inc.创始人", "Inc. 创始人", not "…Inc. The next".
   */
  private static boolean endsAtAbbreviation(AnnotatedSentence previous, AnnotatedSentence next, String text) {
    List<Token> tokens = previous.tokens();
    if (tokens.size() < 2 || next.tokens().isEmpty()) {
      return false;
    }
    Token period = tokens.get(tokens.size() - 1);
    Token word = tokens.get(tokens.size() - 2);
    if (!period.word().equals(".") || word.span().end() != period.span().begin()
        || !ABBREVIATION.matcher(word.word()).matches()) {
      return false;
    }
    Token first = next.tokens().get(0);
    String between = text.substring(period.span().end(), first.span().begin());
    return between.isBlank() && between.length() <= 1 && !between.contains("\n")
        && Languages.isHan(first.word().codePointAt(0));
  }

  private static AnnotatedSentence concatenate(AnnotatedSentence a, AnnotatedSentence b) {
    int shift = a.tokens().size();
    List<Token> tokens = new ArrayList<>(a.tokens());
    b.tokens().forEach(t -> tokens.add(new Token(shift + t.index(), t.word(), t.span(), t.pos(), t.ner())));
    List<Dependency> dependencies = new ArrayList<>(a.dependencies());
    b.dependencies().forEach(d -> dependencies.add(new Dependency(d.relation(),
        d.governor() < 0 ? d.governor() : shift + d.governor(), shift + d.dependent())));
    List<NerMention> ner = new ArrayList<>(a.nerMentions());
    ner.addAll(b.nerMentions());
    return new AnnotatedSentence(a.index(), new Span(a.span().begin(), b.span().end()), tokens, dependencies, ner);
  }

  private static AnnotatedSentence renumbered(AnnotatedSentence s, int index) {
    return s.index() == index ? s
        : new AnnotatedSentence(index, s.span(), s.tokens(), s.dependencies(), s.nerMentions());
  }
}
