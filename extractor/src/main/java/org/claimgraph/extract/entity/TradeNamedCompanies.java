package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * The pass of {@link LayeredMentionFinder} that reads a proper noun followed by a trade word as a company's name:
 * 星桥科技, 云岭智能, 启明半导体. Chinese companies are named by a brand (字号) and their trade (行业), and the tagger
 * marks the brand as a proper noun (NR) even where NER misses the name or runs it into the next words; no context
 * is needed. A brand already named as something else (a place: 北京科技大学, 中国科技; a known company: 华为智能) is
 * left alone, and so is a trade word that goes on into another institution's head (科技大学, 科技馆, 科技日报).
 */
final class TradeNamedCompanies {
  private TradeNamedCompanies() {}

  /** Trade words that end company names (enterprise-name rules, 企业名称登记管理规定: 字号 + 行业 + 组织形式). */
  private static final Set<String> TRADES = Set.of("科技", "智能", "网络", "软件", "半导体", "微电子", "机器人", "智造",
      "互娱", "传媒", "信息技术", "资本", "创投", "汽车", "电子", "通信", "医疗", "生物", "能源", "新能源", "物流",
      "光电", "咨询");
  /** Heads after a trade word that make the name an institution's or a publication's, not a company's. */
  private static final Set<String> NOT_COMPANY_AFTER = Set.of("大学", "学院", "学校", "研究院", "研究所", "馆", "园",
      "园区", "城", "局", "部", "厅", "委", "委员会", "报", "日报", "周刊", "网", "频道", "展", "节", "奖", "周", "大会",
      "论坛", "峰会", "中心", "协会", "学会", "联盟");
  /**
   * Words of kind the tagger may mark as proper nouns (通用 of 通用机器人, after 通用汽车): a general-purpose or
   * humanoid robot is a kind of machine, not a company's name.
   */
  private static final Set<String> KIND_WORDS = Set.of("通用", "人形", "工业", "服务", "家用", "商用", "具身", "国产",
      "智能", "专用", "特种", "协作");
  /** NER tags that say the proper noun is a place or a person, not a brand. */
  private static final Set<String> NOT_A_BRAND = Set.of("GPE", "LOC", "LOCATION", "STATE_OR_PROVINCE", "CITY",
      "COUNTRY", "PERSON", "NATIONALITY", "DEMONYM");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    for (AnnotatedSentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        Token brand = tokens.get(i);
        Token trade = tokens.get(i + 1);
        if (!brand.pos().equals("NR") || !brand.word().matches("\\p{IsHan}{2,4}") || NOT_A_BRAND.contains(brand.ner())
            || KIND_WORDS.contains(brand.word())
            || !TRADES.contains(trade.word()) || brand.span().end() != trade.span().begin()
            || isNamed(accepted, brand.span())) {
          continue;
        }
        if (i + 2 < tokens.size() && tokens.get(i + 2).span().begin() == trade.span().end()
            && NOT_COMPANY_AFTER.stream().anyMatch(tokens.get(i + 2).word()::startsWith)) {
          continue;
        }
        Span name = new Span(brandBegin(doc.text(), accepted, brand.span()), trade.span().end());
        accepted.removeIf(m -> isNerBrandAlone(m, brand.span()));
        retypeAsCompany(accepted, name);
        LayeredMentionFinder.add(accepted, doc, name, EntityType.COMPANY, Mention.Source.PATTERN);
      }
    }
  }

  /** The one or two characters a segmenter may cut off a brand's start: Han characters, never a function word. */
  private static final Pattern BRAND_HEAD = Pattern.compile("[\\p{IsHan}&&[^的了在是和与及由对向从把被将为于等、]]{1,2}");

  /**
   * Where the brand starts: a registered name opens with its place (深圳启航芯科技有限公司), and the segmenter may cut
   * the brand after that place's end (启|航芯): the brand then runs from the place's end, one or two characters before
   * the proper noun.
   */
  static int brandBegin(String text, List<Mention> accepted, Span brand) {
    return accepted.stream()
        .filter(m -> m.type() == EntityType.PLACE && m.span().end() < brand.begin()
            && m.span().end() >= brand.begin() - 2
            && BRAND_HEAD.matcher(text.substring(m.span().end(), brand.begin())).matches())
        .mapToInt(m -> m.span().end()).findFirst().orElse(brand.begin());
  }

  /** NER's ORGANIZATION for exactly the name: its trade word says it is a company. */
  private static void retypeAsCompany(List<Mention> accepted, Span name) {
    accepted.replaceAll(m -> m.span().equals(name) && m.type() == EntityType.ORGANIZATION
        ? new Mention(m.span(), m.text(), EntityType.COMPANY, m.sentence(), m.source()) : m);
  }

  /**
   * Whether an accepted name already covers the brand: a place (北京 in 北京智能), or a known company whose trade the
   * words go on to describe (华为 in 华为智能), which the lexicon or NER has named. A name around the brand and its
   * trade word (NER's 禾川智能) is no such name.
   */
  private static boolean isNamed(List<Mention> accepted, Span brand) {
    return accepted.stream().anyMatch(m -> m.span().overlaps(brand) && m.span().end() <= brand.end()
        && !isNerBrandAlone(m, brand));
  }

  /**
   * NER's organization for the brand alone, the trade word left out (华信|物流 with 华信 an ORGANIZATION, as a
   * headline or lede names a speaker's company: 华信物流李明：…): the brand and its trade are the company's name. Not a
   * name the lexicon or a pattern gave (a known company: 华为 of 华为智能), nor NER's place or person.
   */
  private static boolean isNerBrandAlone(Mention m, Span brand) {
    return m.source() == Mention.Source.NER && m.span().equals(brand)
        && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.COMPANY);
  }
}
