package org.claimgraph.extract.tagging;

import org.claimgraph.extract.lexicon.TabFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * Job titles and the role each implies, from {@code titles.tsv}; matched in text, longest first. Where CoreNLP's words
 * are known, a Chinese title must be one or more whole words (部长 in 商务部 部长, not in 外交部 长期); a form marked
 * {@code word} (省长, 大使) is matched there only, as plain text it runs into places and words (湖南省长沙市, 大使馆). A
 * form marked {@code noun} (lead) is matched there only too, and only as a noun after the noun naming what the holder
 * is in charge of (project lead, data platform lead, Acme lead): not the verb (will lead) nor a race's lead (a slim
 * lead, the lead).
 */
public final class TitleLexicon {
  static final String RESOURCE = "titles.tsv";

  /** What a title says about the person holding it. */
  public enum Role { CEO, CHIEF_SCIENTIST, FOUNDER, TITLE }

  /** A title found in a text. */
  public record Found(Span span, String text, Role role) {}

  /** Forms, lower-cased, longest first. */
  private final Map<String, Role> forms;
  /** All forms, longest first: matched on CoreNLP's words. */
  private final List<String> byLength;
  /** The forms also matched in plain text, longest first. */
  private final List<String> textForms;
  /** The forms matched only as a noun after a noun. */
  private final Set<String> nounOnly;

  TitleLexicon(Map<String, Role> forms) {
    this(forms, Set.of(), Set.of());
  }

  TitleLexicon(Map<String, Role> forms, Set<String> wordOnly, Set<String> nounOnly) {
    this.forms = new TreeMap<>(forms);
    this.byLength = this.forms.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).toList();
    this.textForms = byLength.stream().filter(f -> !wordOnly.contains(f) && !nounOnly.contains(f)).toList();
    this.nounOnly = Set.copyOf(nounOnly);
  }

  public static TitleLexicon load() {
    Map<String, Role> forms = new TreeMap<>();
    Set<String> wordOnly = new TreeSet<>();
    Set<String> nounOnly = new TreeSet<>();
    for (TabFile.Row row : TabFile.read(TitleLexicon.class, RESOURCE, 4)) {
      Role role;
      try {
        role = Role.valueOf(row.cell(1));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown role '" + row.cell(1) + "' (use CEO, CHIEF_SCIENTIST, FOUNDER or TITLE)");
      }
      if (row.cell(0).isEmpty()) {
        throw row.error("empty title form");
      }
      if (forms.put(row.cell(0).toLowerCase(Locale.ROOT), role) != null) {
        throw row.error("duplicate title form '" + row.cell(0) + "'");
      }
      switch (row.cell(2)) {
        case "text" -> { }
        case "word" -> wordOnly.add(row.cell(0).toLowerCase(Locale.ROOT));
        case "noun" -> nounOnly.add(row.cell(0).toLowerCase(Locale.ROOT));
        default -> throw row.error("unknown match '" + row.cell(2) + "' (use text, word or noun)");
      }
    }
    return new TitleLexicon(forms, wordOnly, nounOnly);
  }

  /**
   * Titles in {@code text}, leftmost-longest and not overlapping; spans are shifted by {@code offset}. Without the
   * words, forms marked {@code word} are not looked for.
   */
  public List<Found> find(String text, int offset) {
    return find(text, offset, textForms, (f, b, e) -> true);
  }

  /**
   * Titles in a sentence's {@code text} (at {@code offset}) whose Chinese forms sit on CoreNLP's {@code tokens}: see
   * {@link #onWords}. {@code nameAt} tells where a person's name begins (an offset in the document).
   */
  public List<Found> find(String text, int offset, List<Token> tokens, IntPredicate nameAt) {
    return find(text, offset, byLength, onTokens(tokens, nameAt));
  }

  /** Whether a form found at [{@code begin}, {@code end}) of the document counts there. */
  private interface Fit {
    boolean test(String form, int begin, int end);
  }

  /** A noun-only form as a title noun ({@link #asTitleNoun}), a Chinese form on whole words ({@link #onWords}). */
  private Fit onTokens(List<Token> tokens, IntPredicate nameAt) {
    return (form, b, e) -> nounOnly.contains(form) ? asTitleNoun(tokens, b, e)
        : !HAN.matcher(form).find() || onWords(tokens, b, e, nameAt);
  }

  /** What may follow a title noun: the end of its phrase, or the organization or field it is held at or for. */
  private static final Pattern AFTER_TITLE_NOUN = Pattern.compile("[,;:.)]|-RRB-|at|for|of");

  /**
   * Whether [{@code begin}, {@code end}) is one token after a noun or a capitalised word (project lead, Acme lead,
   * Technical Lead) that ends its phrase or goes on with at, for or of (data lead at Acme). The tagger's part of speech
   * of the word itself is no guide (it reads "project lead at" as a verb); the words around it are: not a verb with
   * its object (the teams lead the effort), nor a race's lead (a slim lead, the lead).
   */
  static boolean asTitleNoun(List<Token> tokens, int begin, int end) {
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.span().begin() == begin && t.span().end() == end) {
        Token before = tokens.get(i - 1);
        boolean afterNoun = before.pos().startsWith("NN") || Character.isUpperCase(before.word().charAt(0));
        return afterNoun && (i + 1 == tokens.size() || AFTER_TITLE_NOUN.matcher(tokens.get(i + 1).word()).matches());
      }
    }
    return false;
  }

  private List<Found> find(String text, int offset, List<String> candidates, Fit fit) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      String hit = null;
      for (String form : candidates) {
        if (lower.startsWith(form, i) && latinBoundary(lower, i, i + form.length())
            && fit.test(form, offset + i, offset + i + form.length())) {
          hit = form;
          break;
        }
      }
      int chiefEnd = chiefOfficerEnd(lower, i);
      if (chiefEnd > i + (hit == null ? 0 : hit.length())) {
        found.add(new Found(new Span(offset + i, offset + chiefEnd), text.substring(i, chiefEnd), Role.TITLE));
        i = chiefEnd;
        continue;
      }
      if (hit == null) {
        i++;
        continue;
      }
      found.add(new Found(new Span(offset + i, offset + i + hit.length()), text.substring(i, i + hit.length()),
          forms.get(hit)));
      i += hit.length();
    }
    return found;
  }

  /**
   * Where the run of titles that ends at {@code end} begins: 创始人兼CEO, 联合创始人、总裁, 副总裁兼首席科学家, CEO (with
   * the space before a Latin name). Titles are joined by 兼, 、, 和, 及, 与, / or &amp;, and may carry modifiers the
   * lexicon does not list (联席, 常务, 高级, 全球). Returns {@code end} when no title ends there.
   */
  public int chainStart(String text, int end) {
    return chainStart(text, end, textForms, (f, b, e) -> true);
  }

  /** {@link #chainStart(String, int)} in a document's {@code text} on its sentence's CoreNLP {@code tokens}. */
  public int chainStart(String text, int end, List<Token> tokens) {
    return chainStart(text, end, byLength, onTokens(tokens, at -> false));
  }

  private int chainStart(String text, int end, List<String> candidates, Fit fit) {
    String lower = text.toLowerCase(Locale.ROOT);
    int start = end;
    int pos = end;
    while (true) {
      int p = pos;
      while (p > 0 && text.charAt(p - 1) == ' ') {
        p--;
      }
      String hit = null;
      for (String form : candidates) {
        int b = p - form.length();
        if (b >= 0 && lower.startsWith(form, b) && latinBoundary(lower, b, p)
            && fit.test(form, b, p)) {
          hit = form;
          break;
        }
      }
      if (hit == null) {
        return start;
      }
      int b = p - hit.length();
      start = b;
      for (boolean more = true; more; ) {
        more = false;
        for (String modifier : MODIFIERS) {
          if (start >= modifier.length() && text.startsWith(modifier, start - modifier.length())) {
            start -= modifier.length();
            more = true;
            break;
          }
        }
        for (String modifier : ENGLISH_MODIFIERS) {
          int from = start - modifier.length();
          if (from >= 0 && lower.startsWith(modifier, from) && latinBoundary(lower, from, start - 1)) {
            start = from;
            more = true;
            break;
          }
        }
      }
      if (start == 0 || JOINERS.indexOf(text.charAt(start - 1)) < 0) {
        return start;
      }
      pos = start - 1;
      if (pos > 0 && text.charAt(pos - 1) == ' ') {
        pos--;
      }
    }
  }

  /** Joiners between two titles of one person: 创始人兼CEO, 董事长、总裁, CEO &amp; Founder. */
  private static final String JOINERS = "兼、和及与/&";
  /** Modifiers a title may carry that the lexicon does not list with it: 联席首席执行官, 常务副总裁, 全球副总裁. */
  private static final List<String> MODIFIERS = List.of("联席", "常务", "执行", "高级", "资深", "全球", "中国区",
      "大中华区", "亚太区", "荣誉", "名誉", "特聘", "前任", "现任");

  /**
   * English words that qualify a title, each with the space before the title: Field CTO (a CTO who works with
   * customers), Executive Director, Interim CEO, Acting Chair, Deputy Director. Without them the word is read as the
   * end of an organization's name ("Institute Executive"). Source: https://en.wikipedia.org/wiki/Chief_technology_officer
   * (field CTO), https://en.wikipedia.org/wiki/Executive_director, https://en.wikipedia.org/wiki/Acting_(law).
   */
  private static final List<String> ENGLISH_MODIFIERS = List.of("field ", "executive ", "interim ", "acting ",
      "deputy ");

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** CoreNLP's tags for a place or an organization: a word with one is no name a title is glued to (湖南省长沙市). */
  private static final Set<String> PLACE_OR_ORGANIZATION = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY", "GPE",
      "LOCATION", "FACILITY", "ORGANIZATION", "NATIONALITY", "DEMONYM");

  /**
   * Whether characters [{@code begin}, {@code end}) are whole words: the title starts a word or ends the word it
   * starts in (商务 部部长, 市委 副书记); it ends a word, or runs into a person's name the segmenter glued to it
   * (首席技术官王海峰 as one word). So 外交部 长期, 湖南省 长沙市, 公司 长期 and 大使馆 hold no title.
   */
  static boolean onWords(List<Token> tokens, int begin, int end, IntPredicate nameAt) {
    Token first = null;
    Token last = null;
    for (Token t : tokens) {
      if (t.span().begin() <= begin && begin < t.span().end()) {
        first = t;
      }
      if (t.span().begin() < end && end <= t.span().end()) {
        last = t;
      }
    }
    if (first == null || last == null) {
      return false;
    }
    boolean startsWord = first.span().begin() == begin;
    if (!startsWord) {
      return first == last && first.span().end() == end;
    }
    if (last.span().end() == end || nameAt.test(end)) {
      return true;
    }
    return last.ner().equals("PERSON")
        || last.pos().equals("NR") && !PLACE_OR_ORGANIZATION.contains(last.ner());
  }

  /**
   * An English officer's title the lexicon need not list, as companies coin them: chief platform officer, chief
   * commerce strategy officer, Chief Data &amp; Analytics Officer (one to four words between, none a function word, so
   * "the chief reason the officer left" is none). Source: https://en.wikipedia.org/wiki/Corporate_title (C-suite).
   */
  private static final Pattern CHIEF_OFFICER = Pattern.compile("chief (?:(?!(?:the|a|an|of|to|for|in|on|at|by|with|"
      + "from|that|who|which|is|was|are|were|be|said|says|and|chief)\\b)[a-z][a-z-]*(?: (?:and|&))? ){1,4}officer\\b");

  /** Where an open chief-officer title starting at {@code i} of the lower-cased {@code text} ends, else {@code i}. */
  private static int chiefOfficerEnd(String lower, int i) {
    if (!lower.startsWith("chief ", i) || !latinBoundary(lower, i, i + 5)) {
      return i;
    }
    Matcher m = CHIEF_OFFICER.matcher(lower).region(i, lower.length());
    return m.lookingAt() && latinBoundary(lower, i, m.end()) ? m.end() : i;
  }

  /** A Latin title (CEO) must not sit inside a longer Latin word (CEOs is fine, SCEOX is not). */
  private static boolean latinBoundary(String s, int begin, int end) {
    boolean latinStart = Character.isLetter(s.charAt(begin)) && s.charAt(begin) < 128;
    if (!latinStart) {
      return true;
    }
    boolean before = begin > 0 && s.charAt(begin - 1) < 128 && Character.isLetterOrDigit(s.charAt(begin - 1));
    boolean after = end < s.length() && s.charAt(end) < 128 && Character.isLetter(s.charAt(end)) && s.charAt(end) != 's';
    return !before && !after;
  }
}
