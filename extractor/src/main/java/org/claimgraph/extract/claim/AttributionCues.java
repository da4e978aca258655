package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.EnglishVerbs;
import org.claimgraph.extract.lexicon.TabFile;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * Verbs of attribution ({@code attribution-cues.tsv}) found as whole tokens of a sentence, minus the uses
 * {@code cue-blockers.tsv} rules out (被认为, 称为, 可以说).
 */
final class AttributionCues {
  static final String CUES = "attribution-cues.tsv";
  static final String BLOCKERS = "cue-blockers.tsv";

  /**
   * A cue in a sentence.
   *
   * @param head  its first token, the verb the speaker is the subject of
   * @param end   the token after its last
   */
  record Hit(int head, int end, Span span, String form, ClaimKind kind) {}

  /** A blocker word that stands for any verb, modal, preposition or adverb right after the cue. */
  static final String VERB_AFTER = "<verb>";
  private static final String VERB_LIKE = "V.*|P|AD|MD|TO|BA";
  /**
   * A blocker word that stands for a noun or pronoun right after the cue (in English also a determiner or a possessive:
   * discovered a tool, mentioned its plan): its object is a thing, not a clause.
   */
  static final String NOUN_AFTER = "<noun>";
  private static final String NOUN_LIKE = "N[NRT]|PN|NNP?S?|DT|PRP\\$?";
  /** 时 ("when") ends a clause of time before a cue (在接受采访时表示) and is sometimes glued to it. */
  static final String GLUED_TIME = "时";

  /**
   * English adjectives of a held belief that take a that-clause (Wiktionary: convinced "completely certain about
   * something", confident "self-assured; sure of oneself", certain, sure, optimistic, hopeful): "X is convinced that …"
   * reports X's view, as "X believes that …" does.
   */
  private static final Pattern BELIEF_ADJECTIVE =
      Pattern.compile("convinced|confident|certain|sure|optimistic|hopeful");
  /** The copulas before such an adjective; a negated one (is not sure that) reports no view held. */
  private static final Pattern BELIEF_COPULA = Pattern.compile("(?i)is|was|are|were|remains|remained|'s|’s");
  private static final Pattern NOT_HELD = Pattern.compile("(?i)not|n't|never|less|hardly|no|longer");

  private record Blocker(boolean before, String cue, String word) {}

  /** A single English word listed as a cue: its other inflections are cues too (mentioned, mentions, mentioning). */
  private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]+");
  /**
   * Verbs whose other inflections are no cues: "figures show that …" is data, whose issuer the text names elsewhere;
   * the listed forms (the study shows that) keep their use.
   */
  private static final Set<String> LISTED_FORMS_ONLY = Set.of("show");
  /**
   * Verbs of regarding, cues only with an object and an "as" phrase after it (Wiktionary: view "to regard in a
   * stated way", regard "to look upon, or consider, in a specific way", frame "to formulate, put into words").
   */
  private static final Set<String> REGARDING_VERBS = Set.of("view", "regard", "frame");
  /** The words of a regarded object before its "as" (views the rise of cheap models as …). */
  private static final int REGARDED_OBJECT_MAX = 8;
  /** Penn tags of an English verb, any inflection. */
  private static final Pattern ENGLISH_VERB_TAG = Pattern.compile("VB[DGNPZ]?");

  private final Map<String, ClaimKind> cues;
  private final List<String> byLength;
  private final List<Blocker> blockers;
  /** The English single-word cues by lemma, each to the first form listed. */
  private final Map<String, String> englishByLemma = new LinkedHashMap<>();

  AttributionCues(Map<String, ClaimKind> cues, List<Blocker> blockers) {
    this.cues = new LinkedHashMap<>(cues);
    this.byLength = cues.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).toList();
    this.blockers = List.copyOf(blockers);
    cues.keySet().stream().filter(f -> ENGLISH_WORD.matcher(f).matches())
        .forEach(f -> englishByLemma.putIfAbsent(EnglishVerbs.lemmaOfListedForm(f), f));
    englishByLemma.keySet().removeAll(LISTED_FORMS_ONLY);
  }

  static AttributionCues load() {
    Map<String, ClaimKind> cues = new LinkedHashMap<>();
    for (TabFile.Row row : TabFile.read(AttributionCues.class, CUES, 3)) {
      ClaimKind kind;
      try {
        kind = ClaimKind.valueOf(row.cell(1));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind '" + row.cell(1) + "' (use REPORTED_SPEECH, ESTIMATE or PREDICTION)");
      }
      if (kind == ClaimKind.DIRECT_QUOTE || kind == ClaimKind.AUTHOR_ASSERTION) {
        throw row.error("a cue's kind is REPORTED_SPEECH, ESTIMATE or PREDICTION; quotations and the author's "
            + "theses are recognised otherwise");
      }
      if (cues.put(row.cell(0), kind) != null) {
        throw row.error("duplicate cue '" + row.cell(0) + "'");
      }
    }
    List<Blocker> blockers = new ArrayList<>();
    for (TabFile.Row row : TabFile.read(AttributionCues.class, BLOCKERS, 4)) {
      if (!row.cell(0).equals("BEFORE") && !row.cell(0).equals("AFTER")) {
        throw row.error("side must be BEFORE or AFTER, found '" + row.cell(0) + "'");
      }
      for (String cue : row.cell(1).split("\\|")) {
        if (!cue.equals("*") && !cues.containsKey(cue)) {
          throw row.error("blocks '" + cue + "', which is not a cue in " + CUES);
        }
        for (String word : row.cell(2).split("\\|")) {
          blockers.add(new Blocker(row.cell(0).equals("BEFORE"), cue, word));
        }
      }
    }
    return new AttributionCues(cues, blockers);
  }

  List<Hit> find(TaggedSentence s) {
    return find(s, offset -> false);
  }

  /**
   * The cues of a sentence; {@code nameEndsAt} tells where a known name ends, so a cue the segmenter glued to the end
   * of a name (王小/明说 for 王小明 + 说) is found inside its token.
   */
  List<Hit> find(TaggedSentence s, IntPredicate nameEndsAt) {
    List<Hit> hits = new ArrayList<>();
    List<Token> tokens = s.tokens();
    int base = s.sentence().span().begin();
    for (int i = 0; i < tokens.size(); i++) {
      Token head = tokens.get(i);
      int belief = beliefEnd(tokens, i);
      if (belief > 0 && !insideParentheses(s, head)) {
        Span cue = new Span(head.span().begin(), tokens.get(belief - 1).span().end());
        String form = s.text().substring(cue.begin() - base, cue.end() - base);
        hits.add(new Hit(i, belief, cue, form, ClaimKind.REPORTED_SPEECH));
        i = belief - 1;
        continue;
      }
      if (!head.pos().startsWith("V") && !nounTaggedCue(tokens, i, nameEndsAt)
          && !gluedToName(tokens, i, nameEndsAt)) {
        regardingVerb(tokens, i, s).ifPresent(hits::add); // "The lab views/NNS X as Y"
        continue;
      }
      int start = head.span().begin();
      for (int k = 1; k < head.span().length() && start == head.span().begin(); k++) {
        if (nameEndsAt.test(head.span().begin() + k)) {
          start = head.span().begin() + k;
        }
      }
      if (start == head.span().begin() && head.word().length() > 1 && head.word().startsWith(GLUED_TIME)
          && cues.containsKey(head.word().substring(1))) {
        start++; // 在接受采访时称: the segmenter glued 时 ("when") to the cue (时称)
      }
      boolean listedFormFound = false;
      for (String form : byLength) {
        if (!s.text().startsWith(form, start - base)) {
          continue;
        }
        int end = endToken(tokens, i, start + form.length());
        if (end < 0 || blocked(form, tokens, i, end)) {
          continue;
        }
        if (insideParentheses(s, head)) {
          continue; // 英伟达(台湾称辉达): a naming aside; 【某某日报 记者 张三 北京报道】: a dateline; not speech
        }
        // An aspect marker after the verb (强调了, 表示过) and a speech verb joined to it (警告说, 回应称) belong to
        // the cue, not to what is said.
        int cueEnd = start + form.length();
        while (end < tokens.size() && (tokens.get(end).pos().equals("AS")
            || (tokens.get(end).word().matches("说|道|称") && end > i))) {
          cueEnd = tokens.get(end).span().end();
          end++;
        }
        hits.add(new Hit(i, end, new Span(start, cueEnd), form, cues.get(form)));
        i = end - 1;
        listedFormFound = true;
        break;
      }
      if (!listedFormFound) {
        int verb = i;
        englishInflection(tokens, verb, s).or(() -> regardingVerb(tokens, verb, s)).ifPresent(hits::add);
      }
    }
    return hits;
  }

  /**
   * An English verb in an inflection the list does not spell out (recounts that, highlighting that, admitting that),
   * by its lemma, only right before "that" opening the clause it reports (describes X as …, writing: … are no
   * reports of a statement), and with the listed form's blockers.
   */
  private Optional<Hit> englishInflection(List<Token> tokens, int i, TaggedSentence s) {
    Token t = tokens.get(i);
    String word = t.word().toLowerCase(Locale.ROOT);
    if (!ENGLISH_VERB_TAG.matcher(t.pos()).matches() || !ENGLISH_WORD.matcher(word).matches()
        || cues.containsKey(word) || i + 1 >= tokens.size() || !tokens.get(i + 1).word().equalsIgnoreCase("that")
        || insideParentheses(s, t)) {
      return Optional.empty(); // a listed form its blockers ruled out stays out; an unlisted one needs its "that"
    }
    String listed = englishByLemma.get(EnglishVerbs.lemma(t.word(), t.pos()));
    if (listed == null || blocked(listed, tokens, i, i + 1)) {
      return Optional.empty();
    }
    return Optional.of(new Hit(i, i + 1, t.span(), t.word(), cues.get(listed)));
  }

  /**
   * "The lab views scale as the main risk": a verb of regarding with an object and then "as" says what its subject
   * holds the object to be, like "described X as Y"; without the "as" (views the data, frames a picture) it states
   * nothing, and in the passive (is viewed as) nobody is named who holds the view.
   */
  private static Optional<Hit> regardingVerb(List<Token> tokens, int i, TaggedSentence s) {
    Token t = tokens.get(i);
    // The tagger often takes "views" or "frames" right after the subject's noun for a plural noun itself.
    boolean pluralNounAsVerb = t.pos().equals("NNS") && i > 0 && i + 1 < tokens.size()
        && tokens.get(i - 1).pos().startsWith("NN") && tokens.get(i + 1).pos().matches("DT|PRP\\$|JJ|NNS?");
    String lemma = pluralNounAsVerb ? t.word().toLowerCase(Locale.ROOT).replaceFirst("s$", "")
        : EnglishVerbs.lemma(t.word(), t.pos());
    if (!(ENGLISH_VERB_TAG.matcher(t.pos()).matches() || pluralNounAsVerb)
        || !REGARDING_VERBS.contains(lemma) || insideParentheses(s, t)
        || s.sentence().dependencies().stream()
            .anyMatch(d -> d.governor() == i && d.relation().matches("aux:?pass|nsubj:?pass"))) {
      return Optional.empty();
    }
    for (int k = i + 2; k < tokens.size() && k <= i + REGARDED_OBJECT_MAX + 1; k++) {
      String word = tokens.get(k).word();
      if (ClaimText.isClauseBreak(word)) {
        break;
      }
      if (word.equals("as")) {
        return Optional.of(new Hit(i, i + 1, t.span(), t.word(), ClaimKind.REPORTED_SPEECH));
      }
    }
    return Optional.empty();
  }

  /**
   * 周靖人预测，… / 某分析师认为：…: the tagger often takes a cue right after a name for a noun; a whole cue token
   * tagged NN between a name (a known one, or a proper noun) and a comma or colon is the verb of a statement.
   * 他的预测，… is not: a possessive, not a name, stands before it; nor 据X报道，…, hearsay read as "according to".
   */
  private boolean nounTaggedCue(List<Token> tokens, int i, IntPredicate nameEndsAt) {
    Token t = tokens.get(i);
    if (!t.pos().equals("NN") || !cues.containsKey(t.word()) || i == 0 || i + 1 >= tokens.size()
        || !tokens.get(i + 1).word().matches("[，,：:]")) {
      return false;
    }
    for (int k = i - 1; k >= 0 && !ClaimText.isClauseBreak(tokens.get(k).word()); k--) {
      if (tokens.get(k).word().matches("据|综合")) {
        return false; // 据36氪报道，…, 综合外媒报导，…: hearsay by a source, read as "according to"
      }
    }
    Token before = tokens.get(i - 1);
    if (nameEndsAt.test(t.span().begin()) || before.pos().equals("NR") || before.ner().equals("PERSON")) {
      return true;
    }
    // 《某报》7 月报道，… / 某社上周报道，…: a date between the name and the cue
    int k = i - 1;
    while (k > 0 && isTimeWord(tokens.get(k))) {
      k--;
    }
    return k < i - 1 && (nameEndsAt.test(tokens.get(k + 1).span().begin()) || tokens.get(k).word().matches("[》〉]")
        || tokens.get(k).pos().equals("NR"));
  }

  /** A word of a date or time: 上周, 7 月 (a number and its unit, as spaced copy splits them), 星期五. */
  private static boolean isTimeWord(Token t) {
    return t.pos().equals("NT") || t.ner().matches("DATE|TIME") || (t.pos().equals("CD") && t.word().matches("\\d+"))
        || (t.pos().equals("M") && t.word().matches("[年月日号]"));
  }

  /**
   * 张三说，… read as one proper noun: a token that is a known name followed by a whole cue, before a comma or colon or
   * before a pronoun or demonstrative opening a clause (张三称他们…, 张三说该…), holds the verb of a statement (the
   * loop above then starts the cue where the name ends). Not before a noun, which may end a word the cue begins
   * (林钧说/明书).
   */
  private boolean gluedToName(List<Token> tokens, int i, IntPredicate nameEndsAt) {
    Token t = tokens.get(i);
    if (i + 1 >= tokens.size() || !tokens.get(i + 1).word().matches("[，,：:]")
        && !tokens.get(i + 1).pos().matches("PN|DT") || t.word().length() != t.span().length()) {
      return false;
    }
    for (int k = 2; k < t.word().length(); k++) {
      if (nameEndsAt.test(t.span().begin() + k) && cues.containsKey(t.word().substring(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code at} lies inside parentheses, or the black lenticular brackets 【】 that Chinese news prints
   * datelines and section labels in, opened earlier in the sentence and not yet closed.
   */
  private static boolean insideParentheses(TaggedSentence s, Token at) {
    int base = s.sentence().span().begin();
    int depth = 0;
    for (int i = 0; i < at.span().begin() - base; i++) {
      char c = s.text().charAt(i);
      if (c == '(' || c == '（' || c == '【') {
        depth++;
      } else if ((c == ')' || c == '）' || c == '】') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /**
   * Where a copula, a belief adjective and "that" end, when they start at token {@code i} (is convinced that; was
   * increasingly confident that), else -1: the copula is the cue's head, the adjective's subject the speaker.
   */
  private static int beliefEnd(List<Token> tokens, int i) {
    if (!BELIEF_COPULA.matcher(tokens.get(i).word()).matches() || !tokens.get(i).pos().startsWith("V")) {
      return -1;
    }
    int k = i + 1;
    if (k < tokens.size() && tokens.get(k).pos().startsWith("RB")
        && !NOT_HELD.matcher(tokens.get(k).word()).matches()) {
      k++;
    }
    if (k + 1 >= tokens.size() || !BELIEF_ADJECTIVE.matcher(tokens.get(k).word()).matches()
        || !tokens.get(k + 1).word().equalsIgnoreCase("that")) {
      return -1;
    }
    return k + 2;
  }

  /** The token after the one ending exactly at {@code endOffset}, or -1 when the form ends inside a token. */
  private static int endToken(List<Token> tokens, int from, int endOffset) {
    for (int j = from; j < tokens.size(); j++) {
      if (tokens.get(j).span().end() == endOffset) {
        return j + 1;
      }
      if (tokens.get(j).span().end() > endOffset) {
        return -1;
      }
    }
    return -1;
  }

  private boolean blocked(String form, List<Token> tokens, int head, int end) {
    String before = head > 0 ? tokens.get(head - 1).word() : "";
    String after = end < tokens.size() ? tokens.get(end).word() : "";
    String afterPos = end < tokens.size() ? tokens.get(end).pos() : "";
    if (form.matches("(?i)said|reported") && after.equalsIgnoreCase("to") && end + 1 < tokens.size()
        && tokens.get(end + 1).pos().equals("VB")) {
      return true; // "the sources of funding said to be …", "is reported to have …": a passive report, no speaker
    }
    for (Blocker b : blockers) {
      if (!b.before() && after.equals("的") && before.equals("所")) {
        continue; // X所说的Y: Y is what X says it is (议员们所说的漏洞), a claim; X说的Y without 所 only describes Y
      }
      boolean cue = b.cue().equals("*") || b.cue().equals(form);
      if (cue && !b.before() && b.word().equals(VERB_AFTER) && afterPos.matches(VERB_LIKE)) {
        return true;
      }
      if (cue && !b.before() && b.word().equals(NOUN_AFTER) && afterPos.matches(NOUN_LIKE)) {
        return true;
      }
      if (cue && (b.before() ? before : after).equals(b.word())) {
        return true;
      }
    }
    return false;
  }
}
