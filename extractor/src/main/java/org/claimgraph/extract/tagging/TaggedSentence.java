package org.claimgraph.extract.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.TokenRuleMatch.TokenRange;
import org.claimgraph.extract.tagging.TimeExpressions.TimeExpression;

/**
 * A sentence with a tag per token for the rules (PERSON, ORG, MODEL, PRODUCT, EVENT, PLACE, TOPIC, TITLE, DATE,
 * NUMBER, ... or O) and the entities, titles and dates its tokens stand for.
 */
public record TaggedSentence(
    AnnotatedSentence sentence,
    String text,
    List<String> tags,
    List<Referent> referents,
    List<TitleLexicon.Found> titles,
    List<TimeExpression> times) {

  /** Dependency relations that leave a noun phrase. */
  private static final Set<String> CLAUSAL = Set.of("acl", "acl:relcl", "ccomp", "xcomp", "advcl", "parataxis",
      "nsubj", "nsubjpass", "nsubj:xsubj", "dobj", "iobj", "cop", "aux", "auxpass", "aux:asp", "advmod", "mark",
      "discourse", "punct", "root");

  public TaggedSentence {
    tags = List.copyOf(tags);
    referents = List.copyOf(referents);
    titles = List.copyOf(titles);
    times = List.copyOf(times);
    if (tags.size() != sentence.tokens().size()) {
      throw new IllegalArgumentException("Sentence " + sentence.index() + ": " + tags.size() + " tags for "
          + sentence.tokens().size() + " tokens");
    }
  }

  public int index() {
    return sentence.index();
  }

  public List<Token> tokens() {
    return sentence.tokens();
  }

  /** The character span of tokens {@code [begin, end)}. */
  public Span span(int begin, int end) {
    if (begin >= end) {
      int at = begin < tokens().size() ? tokens().get(begin).span().begin() : sentence.span().end();
      return new Span(at, at);
    }
    return new Span(tokens().get(begin).span().begin(), tokens().get(end - 1).span().end());
  }

  /** The document text covered by tokens {@code [begin, end)}. */
  public String text(int begin, int end) {
    Span s = span(begin, end);
    int base = sentence.span().begin();
    return text.substring(s.begin() - base, s.end() - base);
  }

  /** Referents overlapping tokens {@code [begin, end)}, in text order. */
  public List<Referent> referentsIn(int begin, int end) {
    Span s = span(begin, end);
    List<Referent> in = new ArrayList<>();
    for (Referent r : referents) {
      if (r.span().overlaps(s)) {
        in.add(r);
      }
    }
    return in;
  }

  /** Titles overlapping tokens {@code [begin, end)}, in text order. */
  public List<TitleLexicon.Found> titlesIn(int begin, int end) {
    Span s = span(begin, end);
    return titles.stream().filter(t -> t.span().overlaps(s)).toList();
  }

  /** The first date overlapping tokens {@code [begin, end)}. */
  public Optional<TimeExpression> timeIn(int begin, int end) {
    Span s = span(begin, end);
    return times.stream().filter(t -> t.span().overlaps(s)).findFirst();
  }

  /** The nominal subject (nsubj, nsubj:pass, …) of token {@code governor} in the dependency parse, if it has one. */
  public Optional<Integer> subjectOf(int governor) {
    return sentence.dependencies().stream().filter(d -> d.governor() == governor && d.relation().startsWith("nsubj"))
        .map(Dependency::dependent).findFirst();
  }

  /**
   * The token range of the noun phrase headed by token {@code head} in the dependency parse: the head and its
   * dependents through phrase-internal relations (compound, name, conj, nmod, case, ...), not through clausal ones
   * or into verbs. A Semgrex node named in a rule is read this way.
   */
  public TokenRange nounPhrase(int head) {
    int lo = head;
    int hi = head;
    List<Integer> stack = new ArrayList<>(List.of(head));
    Set<Integer> seen = new HashSet<>(stack);
    while (!stack.isEmpty()) {
      int h = stack.remove(stack.size() - 1);
      for (Dependency d : sentence.dependencies()) {
        if (d.governor() != h || CLAUSAL.contains(d.relation()) || !seen.add(d.dependent())
            || tokens().get(d.dependent()).pos().startsWith("V")) {
          continue;
        }
        lo = Math.min(lo, d.dependent());
        hi = Math.max(hi, d.dependent());
        stack.add(d.dependent());
      }
    }
    return new TokenRange(lo, hi + 1);
  }

  /** The index of the token holding character {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens()) {
      if (t.span().begin() <= offset && offset < t.span().end()) {
        return t.index();
      }
    }
    return -1;
  }
}
