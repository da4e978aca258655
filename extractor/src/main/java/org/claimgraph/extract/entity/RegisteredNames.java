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
import org.claimgraph.extract.NerMention;
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
  /** A closing bracket, and a place in brackets (two to six characters) that ends where a name goes on. */
  private static final Pattern BRACKETED = Pattern.compile("[(（]\\p{IsHan}{2,6}[)）]");
  private static final Pattern CLOSING = Pattern.compile("[)）]");
  private static final Pattern INNER_PLACE = Pattern.compile("[(（]\\p{IsHan}{2,6}[)）]$");

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
      Optional<Integer> begin = nerRunBegin(doc, legal.end(), nameEnd);
      if (begin.isEmpty()) {
        begin = nameBegin(doc, mentions, nameEnd);
      }
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
   * A registered name with no organization mentioned inside it where the brand starts (the brand a lexicon or NER
   * found is a mention of its own, and {@link NameResolver} gives it the full form) is itself the company's mention:
   * 星河（杭州）智能科技有限公司, 深圳星河网络科技有限公司 when nothing else names 星河. The pieces the layers cut from it
   * go (能源有限公司; not the place it opens with or its seat, which stay places), and a parent's mention run into
   * it or ending in the word that puts it under the parent (星河集团旗下, 星河集团旗下星) is cut back to the parent's
   * name, so the two companies are two mentions.
   */
  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Span name : find(doc, accepted)) {
      if (SEAT_BEFORE.matcher(text.substring(Math.max(0, name.begin() - 5), name.begin())).find()) {
        continue; // the name goes on before its bracketed seat (星河（北京）企业管理有限公司): not all of it was found
      }
      int brand = accepted.stream().filter(m -> m.type() == EntityType.PLACE && m.span().begin() == name.begin())
          .mapToInt(m -> m.span().end()).max().orElse(name.begin());
      if (accepted.stream().anyMatch(m -> m.type().isOrganization() && name.contains(m.span())
          && (m.span().begin() == name.begin() || m.span().begin() == brand))
          || accepted.stream().anyMatch(m -> m.span().contains(name) && !m.span().equals(name)
          && !m.type().isOrganization())) {
        continue; // named inside (or inside a longer name of another kind, such as a title's)
      }
      String brandWords = BRACKETED.matcher(LEGAL_FORM.matcher(text.substring(brand, name.end())).replaceAll(""))
          .replaceAll("");
      if (LayeredMentionFinder.isGenericOrganization(brandWords + "公司")) {
        continue; // 一家网络科技有限公司: the kind of company, no name
      }
      List<Mention> replaced = new ArrayList<>();
      for (Mention m : accepted) {
        if (name.contains(m.span())) {
          if (m.type() != EntityType.PLACE) {
            replaced.add(m); // the place a registered name opens with, or its seat, stays a place of its own
          }
        } else if (m.type().isOrganization() && m.span().begin() < name.begin() && m.span().end() >= name.begin()) {
          replaced.add(m); // the parent run into the name: cut back below
        } else if (m.span().overlaps(name)) {
          replaced = null; // another name crosses it: leave the layers' reading
          break;
        }
      }
      if (replaced == null) {
        continue;
      }
      accepted.removeAll(replaced);
      for (Mention m : replaced) {
        if (m.span().begin() < name.begin()) {
          parentBefore(text, m, name.begin()).ifPresent(accepted::add);
        }
      }
      accepted.replaceAll(m -> m.span().end() == name.begin() && m.type().isOrganization()
          ? parentBefore(text, m, name.begin()).orElse(m) : m);
      accepted.add(new Mention(name, name.of(text), EntityType.COMPANY, doc.sentenceAt(name.begin()),
          Mention.Source.PATTERN));
    }
  }

  /** A parent's mention cut before the name it runs into, without the word that puts the name under it. */
  private static Optional<Mention> parentBefore(String text, Mention m, int nameBegin) {
    int end = nameBegin;
    Matcher parent = PARENT_WORD_AT_END.matcher(text).region(m.span().begin(), end);
    if (parent.find()) {
      end = parent.start();
    }
    if (end - m.span().begin() < 2) {
      return Optional.empty();
    }
    Span cut = new Span(m.span().begin(), end);
    return Optional.of(new Mention(cut, cut.of(text), m.type(), m.sentence(), m.source()));
  }

  /** A bracketed seat closing just before a name, a few characters of the name between: （北京）企业. */
  private static final Pattern SEAT_BEFORE = Pattern.compile("[)）]\\p{IsHan}{0,4}$");
  /** Words that put a company under another right before its name: 星河集团旗下X有限公司, 星河下属X有限公司. */
  private static final Pattern PARENT_WORD = Pattern.compile("旗下|下属|下屬|麾下");
  /** The same words ending the text before a name (compiled once, not per mention). */
  private static final Pattern PARENT_WORD_AT_END = Pattern.compile("(?:" + PARENT_WORD.pattern() + ")$");
  /** What never stands inside one registered name: a list's or a clause's punctuation, a space, 的. */
  private static final Pattern NOT_IN_NAME = Pattern.compile("[、，,。：:；;！？!?\\s的“”\"《》]");

  /**
   * Where the name ending at {@code end} starts when CoreNLP's NER read it as one organization ending with the legal
   * form: the run's start, or after the last word in it that puts the company under another (星河集团旗下X有限公司 is two
   * companies: the registered name is X有限公司), or after a word that describes a company (科技公司北京X有限公司).
   * Empty when no such run ends there, or the run holds a list's punctuation.
   */
  private static Optional<Integer> nerRunBegin(AnnotatedDocument doc, int end, int brandEnd) {
    int at = doc.sentenceAt(Math.max(0, end - 1));
    if (at < 0) {
      return Optional.empty();
    }
    AnnotatedSentence sentence = doc.sentences().get(at);
    String text = doc.text();
    for (NerMention run : sentence.nerMentions()) {
      if (!run.nerType().equals("ORGANIZATION") || run.span().end() != end || run.span().begin() >= brandEnd) {
        continue;
      }
      int begin = run.span().begin();
      Matcher parent = PARENT_WORD.matcher(text).region(begin, brandEnd);
      while (parent.find()) {
        begin = parent.end();
      }
      for (Token t : sentence.tokens()) {
        if (t.span().begin() >= begin && t.span().end() <= brandEnd && DESCRIPTION.matcher(t.word()).matches()) {
          begin = t.span().end();
        }
      }
      if (brandEnd - begin < 2 || NOT_IN_NAME.matcher(text.substring(begin, end)).find()) {
        return Optional.empty();
      }
      return Optional.of(begin);
    }
    return Optional.empty();
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
      if (t.span().end() == begin && begin < end && CLOSING.matcher(t.word()).matches()) {
        // a place in brackets inside the name (星河（杭州）智能科技有限公司): the name goes on before it
        Matcher inner = INNER_PLACE.matcher(doc.text()).region(Math.max(0, begin - 8), begin);
        int open = inner.find() ? inner.start() : -1;
        int j = i - 1;
        while (j >= 0 && tokens.get(j).span().begin() > open) {
          j--;
        }
        if (open < 0 || j < 1 || tokens.get(j).span().begin() != open) {
          break;
        }
        begin = open;
        i = j;
        continue;
      }
      boolean nameWord = NAME_TAGS.matcher(t.pos()).matches() || t.word().equals("之"); // 之 of a brand: 月之X
      if (t.span().end() != begin || !nameWord || DESCRIPTION.matcher(t.word()).matches()
          || PARENT_WORD.matcher(t.word()).matches()) {
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
