package org.claimgraph.extract.tagging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * Which of a sentence's fitting entities a back reference (该公司, the company, the startup, 其) means: the
 * grammatical subject of the sentence's main clause, as CoreNLP's dependency parse has it, since the next clause goes
 * on about what the previous one was about ("Founded by former employees at A, B has …", "由A前员工创立的B获得…":
 * B, not A); else the possessor of that subject (X的估值); else, in English, the name right after a fronted phrase;
 * else the subject of the clause the main verb reports; else the first one named, the topic when the parse finds no
 * fitting subject (星河科技本轮融资由甲资本投资).
 * The entity resolver, the rule interpreter and the speaker finder all ask here, so they agree.
 */
public final class Antecedents {
  private Antecedents() {}

  /**
   * @param sentence the sentence the candidates are named in, with its dependency parse
   * @param fitting  the candidates of the right kind in that sentence, in text order
   * @param spanOf   where a candidate is written
   */
  public static <T> Optional<T> choose(AnnotatedSentence sentence, List<T> fitting, Function<T, Span> spanOf) {
    return fitting.stream().filter(c -> isMainSubject(sentence, spanOf.apply(c))).findFirst()
        .or(() -> fitting.stream().filter(c -> ownsMainSubject(sentence, spanOf.apply(c))).findFirst())
        .or(() -> fitting.stream().filter(c -> followsFrontedPhrase(sentence, spanOf.apply(c))).findFirst())
        .or(() -> fitting.stream().filter(c -> isReportedSubject(sentence, spanOf.apply(c))).findFirst())
        .or(() -> fitting.stream().findFirst());
  }

  /**
   * Whether {@code key} is named more often than any other candidate in {@code counts} (ties leave it unclear): with
   * being the last one named, what subject=SOLE and the tagger's SOLE anaphors ask of the entity clearly meant.
   */
  public static boolean namedMostOften(Map<String, Integer> counts, String key) {
    int most = counts.getOrDefault(key, 0);
    return counts.entrySet().stream().noneMatch(e -> !e.getKey().equals(key) && e.getValue() >= most);
  }

  /** Penn tags of a word opening an English phrase set before the subject: Founded by …, Backed by …, After …. */
  private static final Set<String> FRONTED_PHRASE_OPENERS = Set.of("VBN", "VBG", "IN");

  /**
   * Whether {@code span} opens the main clause after an English participial or prepositional phrase set off by a comma
   * ("Founded by former engineers at A, B has …", "Backed by investors including A, B opened …"), optionally after a
   * determiner: that is the subject, which CoreNLP's parse often misses there (it makes the participle the subject
   * and B an apposition of A).
   */
  static boolean followsFrontedPhrase(AnnotatedSentence sentence, Span span) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty() || !FRONTED_PHRASE_OPENERS.contains(tokens.get(0).pos())) {
      return false;
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).word().equals(",")) {
        int next = tokens.get(i + 1).pos().equals("DT") && i + 2 < tokens.size() ? i + 2 : i + 1;
        return tokens.get(next).span().begin() == span.begin();
      }
    }
    return false;
  }

  /**
   * Whether {@code span} is the subject of the sentence's main clause: its head token (the one whose governor lies
   * outside it) is an nsubj or nsubjpass of the root, or of a verb coordinated with the root (B成立于2019年，获得…).
   */
  public static boolean isMainSubject(AnnotatedSentence sentence, Span span) {
    return subjectOf(sentence, span).stream().anyMatch(p -> isMainPredicate(sentence.dependencies(), p));
  }

  /** Dependency relations of a possessor: X的估值, X's valuation. */
  private static final Set<String> POSSESSOR = Set.of("nmod:assmod", "nmod:poss");

  /**
   * Whether {@code span} is the possessor of the main clause's subject ("月之暗面的估值达到…", "Acme's valuation rose"):
   * the sentence is about it all the same.
   */
  public static boolean ownsMainSubject(AnnotatedSentence sentence, Span span) {
    List<Dependency> dependencies = sentence.dependencies();
    for (Dependency d : dependencies) {
      if (!POSSESSOR.contains(d.relation()) || !span.contains(sentence.tokens().get(d.dependent()).span())
          || span.contains(sentence.tokens().get(d.governor()).span())) {
        continue;
      }
      Span owned = sentence.tokens().get(d.governor()).span();
      if (isMainSubject(sentence, owned)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code span} is the subject of a clause the main predicate reports or complements, when the main subject
   * is no entity ("Job listings show that B is hiring", "报道称B正在…"): what the sentence is about, not the
   * entity named as a modifier of the main subject.
   */
  static boolean isReportedSubject(AnnotatedSentence sentence, Span span) {
    List<Dependency> dependencies = sentence.dependencies();
    return subjectOf(sentence, span).stream().anyMatch(p -> dependencies.stream().anyMatch(d -> d.dependent() == p
        && d.relation().equals("ccomp") && isMainPredicate(dependencies, d.governor())));
  }

  /** The predicates whose nsubj or nsubjpass is the head of {@code span} (not a controlled subject, not inside it). */
  private static List<Integer> subjectOf(AnnotatedSentence sentence, Span span) {
    return sentence.dependencies().stream()
        .filter(d -> d.relation().startsWith("nsubj") && !d.relation().equals("nsubj:xsubj") && d.governor() >= 0
            && span.contains(sentence.tokens().get(d.dependent()).span())
            && !span.contains(sentence.tokens().get(d.governor()).span()))
        .map(Dependency::governor).toList();
  }

  private static boolean isMainPredicate(List<Dependency> dependencies, int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d.relation().equals("root") || d.relation().equals("conj") && isRoot(dependencies, d.governor());
      }
    }
    return false;
  }

  private static boolean isRoot(List<Dependency> dependencies, int token) {
    return dependencies.stream().anyMatch(d -> d.dependent() == token && d.relation().equals("root"));
  }
}
