package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * Chinese companies' registered names: place, brand, trade and legal form (深圳星河智能科技有限公司, 星河集团股份有限公司,
 * 星河科技(上海)有限公司). The mention layers keep the brand a lexicon knows, or what lies after the place, as the
 * mention, and the place as a place of its own that relation rules read; but the full form is a name of the company
 * too, so {@link NameResolver} gives it to the company mentioned inside it as an alias. Source of the shape:
 * 企业名称登记管理规定 (行政区划 + 字号 + 行业 + 组织形式), https://zh.wikipedia.org/wiki/有限责任公司.
 */
final class RegisteredNames {
  private RegisteredNames() {}

  /** The legal forms that end a registered company name. */
  private static final Pattern LEGAL_FORM = Pattern.compile("股份有限公司|有限责任公司|有限責任公司|有限公司|股份公司");
  /** A place in brackets before the legal form: 星河科技(上海)有限公司. */
  private static final Pattern BRACKETED_PLACE = Pattern.compile("[(（]\\p{IsHan}{2,6}[)）]$");
  /** Tags of the words a registered name is made of: proper nouns, nouns, adjectives (有限), foreign words. */
  private static final Pattern NAME_TAGS = Pattern.compile("NR|NN|JJ|FW");
  /** Words that describe the company before its name (科技公司北京X有限公司): never part of it. */
  private static final Pattern DESCRIPTION = Pattern.compile(".*(?:公司|企业|企業|厂商|平台|机构)");
  private static final int MAX_WORDS = 6;

  /** The registered names in the document, each with no person's name inside. */
  static List<Span> find(AnnotatedDocument doc, List<Mention> mentions) {
    String text = doc.text();
    List<Span> found = new ArrayList<>();
    Matcher legal = LEGAL_FORM.matcher(text);
    while (legal.find()) {
      int nameEnd = legal.start();
      Matcher bracket = BRACKETED_PLACE.matcher(text).region(Math.max(0, nameEnd - 8), nameEnd);
      if (bracket.find()) {
        nameEnd = bracket.start();
      }
      Optional<Integer> begin = nameBegin(doc, mentions, nameEnd);
      if (begin.isEmpty()) {
        continue;
      }
      Span span = new Span(begin.get(), legal.end());
      if (mentions.stream().noneMatch(m -> m.span().overlaps(span) && m.type() == EntityType.PERSON)) {
        found.add(span);
      }
    }
    return found;
  }

  /**
   * Where the name ending at {@code end} starts: back over the nouns before it, up to and including the place a
   * registered name opens with; at least two characters of brand besides that place.
   */
  private static Optional<Integer> nameBegin(AnnotatedDocument doc, List<Mention> mentions, int end) {
    int at = doc.sentenceAt(Math.max(0, end - 1));
    if (at < 0) {
      return Optional.empty(); // a legal form opening a line (股份有限公司 alone): no name before it
    }
    AnnotatedSentence sentence = doc.sentences().get(at);
    List<Token> tokens = sentence.tokens();
    int last = sentence.tokenEndingAt(end);
    if (last < 0) {
      return Optional.empty(); // the brand ends inside a word: not where a name ends
    }
    int begin = end;
    int brandBegin = end;
    for (int i = last, words = 0; i >= 0 && words < MAX_WORDS; i--, words++) {
      Token t = tokens.get(i);
      boolean nameWord = NAME_TAGS.matcher(t.pos()).matches() || t.word().equals("之"); // 之 of a brand: 月之X
      if (t.span().end() != begin || !nameWord || DESCRIPTION.matcher(t.word()).matches()) {
        break;
      }
      Optional<Mention> place = mentions.stream()
          .filter(m -> m.type() == EntityType.PLACE && m.span().contains(t.span())).findFirst();
      if (place.isPresent()) {
        begin = place.get().span().begin();
        break; // a registered name starts with its place
      }
      begin = t.span().begin();
      brandBegin = begin;
    }
    return end - brandBegin >= 2 ? Optional.of(begin) : Optional.empty();
  }
}
