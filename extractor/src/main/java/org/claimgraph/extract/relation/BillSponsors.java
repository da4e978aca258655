package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * The sponsors of a bill: the people of one clause who put a named law forward are its authors (AUTHOR_OF), as news
 * on legislatures writes it — 参议员A与众议员B上周共同提出的《某某法案》, A和B推出了名为《某某法》的法案, and passively
 * 《某某法案》由A和B提出. Each sponsor may come with a home state, a party, a seat and an English name in brackets, which
 * no token pattern spans; the party or the chamber named among them is no author.
 */
final class BillSponsors {
  static final String RULE = "works.bill-sponsors";
  static final double CONFIDENCE = 0.75;

  /** Verbs of putting a bill forward, perhaps jointly or across the aisle. */
  private static final Pattern SPONSOR_VERB =
      Pattern.compile("(?:共同|联合|聯合|跨党|跨黨)?(?:提出|推出|提交|引入|发起|發起|起草|提案)");
  /** A law's name ends in its kind: 法案, 议案, 法, 条例, Act, Bill. */
  private static final Pattern LAW = Pattern.compile("(?:法案|议案|議案|法|条例|條例|Act|Bill)$");
  /** Between the verb and the law's name: 了, 的, 一项/这部 (议案), 名为, and the opening bracket of the title. */
  private static final Pattern VERB_TO_LAW = Pattern.compile(
      "(?:了)?(?:的)?(?:一项|一部|这部|这项|該|该|一份)?(?:法案|议案|議案)?(?:名为|名為|称为|稱為|叫做)?\\s*[《“\"「]?");
  /** Between the law's name and 由 (passive): the closing bracket, an English name in brackets, 已, 是. */
  private static final Pattern LAW_TO_BY = Pattern.compile("[》”\"」]?\\s*(?:[（(][^）)]{1,80}[）)])?\\s*(?:已|是|将|將)?");
  /** Punctuation that ends a clause: sponsors are named in the verb's own clause. */
  private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;：:！!？?]");
  /** Verbs that may stand among the sponsors: where each comes from, and joint or cross-party action. */
  private static final Pattern SPONSOR_CLAUSE_VERB = Pattern.compile("来自|來自|共同|联合|聯合|跨党|跨黨|代表");

  private BillSponsors() {}

  static List<Relation> find(TaggedSentence s) {
    List<Relation> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int v = 0; v < tokens.size(); v++) {
      if (!SPONSOR_VERB.matcher(tokens.get(v).word()).matches()) {
        continue;
      }
      int from = clauseStart(s, v);
      Optional<Referent> law = lawAfter(s, v);
      if (law.isEmpty()) {
        int by = lastBy(tokens, from, v);
        if (by < 0) {
          continue;
        }
        law = lawBefore(s, by);
        from = by + 1;
      }
      if (law.isEmpty()) {
        continue;
      }
      for (Referent sponsor : sponsors(s, from, v)) {
        Span evidence = sponsor.span().begin() < law.get().span().begin()
            ? new Span(sponsor.span().begin(), law.get().span().end())
            : new Span(law.get().span().begin(), tokens.get(v).span().end());
        out.add(new Relation(sponsor.entityKey(), RelationType.AUTHOR_OF,
            new Relation.EntityValue(law.get().entityKey()), Optional.empty(), s.index(), evidence, RULE,
            sponsor.anaphor() ? CONFIDENCE * RuleInterpreter.ANAPHOR_FACTOR : CONFIDENCE));
      }
    }
    return out;
  }

  /** The first token after the last clause-ending punctuation before token {@code v}. */
  private static int clauseStart(TaggedSentence s, int v) {
    for (int i = v - 1; i >= 0; i--) {
      if (CLAUSE_END.matcher(s.tokens().get(i).word()).matches()) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The law named right after the verb: 提出的《X法案》, 推出了名为《X》的法案. */
  private static Optional<Referent> lawAfter(TaggedSentence s, int v) {
    int base = s.sentence().span().begin();
    int after = s.tokens().get(v).span().end() - base;
    return s.referents().stream()
        .filter(r -> r.type() == EntityType.WORK && r.span().begin() - base >= after)
        .filter(r -> VERB_TO_LAW.matcher(s.text().substring(after, r.span().begin() - base)).matches())
        .filter(r -> LAW.matcher(name(s, r)).find()
            || s.text().substring(after, r.span().begin() - base).matches(".*(?:法案|议案|議案).*")
            || followedByBillNoun(s, r))
        .findFirst();
  }

  /** 名为《X》的法案: the kind noun after the name says it is a bill. */
  private static boolean followedByBillNoun(TaggedSentence s, Referent r) {
    int base = s.sentence().span().begin();
    String rest = s.text().substring(r.span().end() - base);
    return rest.matches("(?s)[》”\"」]?\\s*(?:[（(][^）)]{1,80}[）)])?\\s*的?(?:法案|议案|議案).*");
  }

  /** The last 由 between {@code from} and the verb, or -1. */
  private static int lastBy(List<Token> tokens, int from, int v) {
    for (int i = v - 1; i >= from; i--) {
      if (tokens.get(i).word().equals("由")) {
        return i;
      }
    }
    return -1;
  }

  /** The law whose name ends right before 由 (《X法案》由A提出), in the same clause. */
  private static Optional<Referent> lawBefore(TaggedSentence s, int by) {
    int base = s.sentence().span().begin();
    int byAt = s.tokens().get(by).span().begin() - base;
    return s.referents().stream()
        .filter(r -> r.type() == EntityType.WORK && r.span().end() - base <= byAt)
        .filter(r -> LAW.matcher(name(s, r)).find())
        .filter(r -> LAW_TO_BY.matcher(s.text().substring(r.span().end() - base, byAt)).matches())
        .findFirst();
  }

  /**
   * The people named between {@code from} and the verb, after any other verb there (张三批评李四提出的法案: 李四 alone).
   */
  private static List<Referent> sponsors(TaggedSentence s, int from, int v) {
    int start = from;
    for (int i = from; i < v; i++) {
      Token t = s.tokens().get(i);
      if (t.pos().startsWith("V") && !"PERSON".equals(s.tags().get(i))
          && !SPONSOR_CLAUSE_VERB.matcher(t.word()).matches()) {
        start = i + 1;
      }
    }
    return s.referentsIn(start, v).stream().filter(r -> r.type() == EntityType.PERSON).toList();
  }

  private static String name(TaggedSentence s, Referent r) {
    int base = s.sentence().span().begin();
    return s.text().substring(r.span().begin() - base, r.span().end() - base);
  }
}
