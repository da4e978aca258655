package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.LayeredMentionFinder.HAN;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/** The pass of {@link LayeredMentionFinder} that finds Chinese organizations named with their place at the start. */
final class PlacedOrganizations {
  private PlacedOrganizations() {}

  /**
   * How a Chinese organization's name ends when it starts with a place and NER did not find it whole: 纽约州议会,
   * 德国联邦数据保护局, 俄勒冈州立大学, 香港立法会. Heads that also end common words need their usual compounds
   * (研究所, not 所; 研究中心, not 中心); 部 after a direction is a region (中国西部). Source: the organization
   * suffixes of CoreNLP's Chinese KBP rules (edu/stanford/nlp/models/kbp/chinese/tokensregex/defs.rules) and
   * https://zh.wikipedia.org/wiki/政府机构, with their traditional forms; a guard corps (卫队: 伊斯兰革命卫队, 美国国民警卫队,
   * https://zh.wikipedia.org/wiki/伊斯兰革命卫队) is a state's armed body, named like its other bodies.
   */
  private static final Pattern PLACED_ORGANIZATION_HEAD = Pattern.compile("(?:(?<![东西南北中内外全局])部|局|署|厅|"
      + "委员会|委員會|理事会|理事會|协会|協會|学会|學會|商会|商會|联合会|聯合會|基金会|基金會|联盟|聯盟|议会|議會|国会|國會|立法会|立法會|"
      + "众议院|眾議院|参议院|參議院|法院|检察院|检察署|研究院|科学院|科學院|医院|醫院|大学|大學|学院|學院|研究所|"
      + "研究中心|实验室|實驗室|交易所|电视台|電視台|通讯社|通訊社|新闻社|新聞社|广播公司|廣播公司|"
      // Schools, often numbered after their city: 南昌市第十中学, 杭州第二中学.
      + "中学|中學|小学|小學|高级中学|高級中學|"
      + "卫队|衛隊|"
      // The short names of a city's or province's commissions and offices: 杭州市科委, 江宁区经信委.
      + "科委|发改委|發改委|经信委|經信委|网信办|網信辦)$");
  /** One-character heads end many common words (部署, 格局, 大厅): the word must be longer, or NER's organization. */
  private static final Pattern SHORT_HEAD = Pattern.compile("[部局署厅]$");
  /** Heads a country or city has just one of, so the place plus the head alone is a name: 美国国会, 香港立法会. */
  private static final Pattern UNIQUE_BODY = Pattern.compile("(?:议会|議會|国会|國會|立法会|立法會|众议院|眾議院|"
      + "参议院|參議院|科委|发改委|發改委|经信委|經信委|网信办|網信辦)");
  static final Pattern PLACED_RESEARCH = Pattern.compile("(?:研究院|科学院|科學院|大学|大學|学院|學院|研究所|"
      + "研究中心|实验室|實驗室)$");
  static final Pattern PLACED_MEDIA = Pattern.compile("(?:电视台|電視台|通讯社|通訊社|新闻社|新聞社|广播公司|"
      + "廣播公司)$");
  private static final Pattern PLACED_COMPANY = Pattern.compile("交易所$");
  /**
   * Words inside a name after its place: nouns, proper nouns, adjectives (国家, 联邦, 州立, 国立), foreign words, and
   * the ordinal of a numbered school (第十).
   */
  private static final Pattern PLACED_NAME_TAGS = Pattern.compile("NN|NR|JJ|FW|OD");
  /** Tokens that describe rather than name, so that 美国多家银行 or 中国这些大学 stay descriptions. */
  private static final Set<String> NOT_IN_PLACED_NAME = Set.of("各", "多家", "一些", "这些", "那些", "主要", "相关", "其他",
      "其它", "部分", "大型", "小型", "知名", "顶尖", "头部", "本土", "当地", "地方", "多所", "几家", "数据中心");

  /**
   * A place followed at once by nouns that end in an organization's head noun is that organization's name, whose
   * place is only a part of it: 纽约州议会, 智利国家能源委员会, 俄勒冈州立大学. NER often splits such a name into
   * the place and a generic rest (纽约州 + 议会), or misses it. Not a description (美国科技公司, 中国各大学), and
   * not a place plus a bare head that many bodies share (美国大学). Companies are left to NER and the shapes:
   * 美国云计算公司 is more often a description than a name.
   */
  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention place : List.copyOf(accepted)) {
      if (place.type() != EntityType.PLACE || !accepted.contains(place)) {
        continue;
      }
      AnnotatedSentence sentence = doc.sentences().get(doc.sentenceAt(place.span().begin()));
      if (continuesANoun(sentence, place.span().begin())) {
        continue; // 参议院能源问题特设委员会: the place is inside a longer name, not at its start
      }
      int end = -1;
      int count = 0;
      for (Token t : sentence.tokens()) {
        if (t.span().end() <= place.span().end()) {
          continue;
        }
        boolean adjacent = t.span().begin() <= place.span().end() || t.span().begin() == lastEnd(sentence, t);
        if (!adjacent || count >= 5 || !PLACED_NAME_TAGS.matcher(t.pos()).matches()
            || NOT_IN_PLACED_NAME.contains(t.word()) || !HAN.matcher(t.word()).find() && count == 0) {
          break;
        }
        count++;
        String rest = text.substring(place.span().end(), t.span().end());
        boolean headWord = !SHORT_HEAD.matcher(t.word()).find() || t.word().length() >= 3
            || t.ner().equals("ORGANIZATION");
        if (PLACED_ORGANIZATION_HEAD.matcher(rest).find() && headWord
            && !LayeredMentionFinder.isGenericOrganization(rest)
            && (rest.length() > 2 || UNIQUE_BODY.matcher(rest).matches())) {
          end = t.span().end();
        }
      }
      if (end < 0) {
        continue;
      }
      Span span = new Span(place.span().begin(), end);
      // An event named after its organizer (某某学会年会) holds the organizer's name: both are named, nested.
      List<Mention> inside = accepted.stream().filter(m -> m.span().overlaps(span) && !isEventAround(m, span)).toList();
      boolean onlyPartsInside = inside.stream().allMatch(m -> span.contains(m.span()) && (m.type() == EntityType.PLACE
          || m.type() == EntityType.TOPIC || m.source() == Mention.Source.NER && m.type().isOrganization()));
      if (!onlyPartsInside) {
        continue;
      }
      String name = span.of(text);
      EntityType type = PLACED_RESEARCH.matcher(name).find() ? EntityType.RESEARCH_ORGANIZATION
          : PLACED_MEDIA.matcher(name).find() ? EntityType.MEDIA_ORGANIZATION
          : PLACED_COMPANY.matcher(name).find() ? EntityType.COMPANY : EntityType.ORGANIZATION;
      accepted.removeAll(inside);
      accepted.add(new Mention(span, name, type, sentence.index(), Mention.Source.PATTERN));
    }
  }

  private static boolean isEventAround(Mention m, Span span) {
    return m.type() == EntityType.EVENT && m.span().contains(span) && m.span().length() > span.length();
  }

  /** True if a noun or name token ends right where {@code begin} is. */
  private static boolean continuesANoun(AnnotatedSentence sentence, int begin) {
    return sentence.tokens().stream().anyMatch(t -> t.span().end() == begin && PLACED_NAME_TAGS.matcher(t.pos()).matches());
  }

  /** The end of the token before {@code t} in its sentence (or -1), so that only touching tokens join a name. */
  private static int lastEnd(AnnotatedSentence sentence, Token t) {
    int i = sentence.tokens().indexOf(t);
    return i > 0 ? sentence.tokens().get(i - 1).span().end() : -1;
  }
}
