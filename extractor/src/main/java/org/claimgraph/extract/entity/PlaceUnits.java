package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * Places named after a place the text already knows, as Chinese writes an address larger first: an administrative
 * unit no lexicon knows (某州 + 卡森县, 某市 + 大同区, 某国某县 + 某市, also with 的 between) and a region of a country
 * or continent (美国 + 中西部, 欧洲 + 北部, 美国 + 西海岸). The unit is a place of its own, whole (NER may have cut its
 * transliteration, or a company's name may sit inside it); the region is one place around the country's name, which
 * stays a place too. Source of the unit words: https://zh.wikipedia.org/wiki/行政区划.
 */
public final class PlaceUnits {
  private PlaceUnits() {}

  /** The words for a unit's kind that end its name, simplified and traditional. */
  private static final String UNIT_WORD = "县郡州区市镇縣區鎮";
  /** Particles and function words, never inside a unit's name; 和 may be inside, not first. */
  private static final String NOT_INSIDE = "的了在是与及、对向将为从至到等省與對將為從";
  private static final String NOT_FIRST = NOT_INSIDE + "和" + UNIT_WORD;
  /**
   * One to six characters of a unit's own name, then the word for its kind; 和 may be inside a name (永和区), never
   * first, and the words' tags tell it from the conjunction.
   */
  private static final Pattern UNIT = Pattern.compile(
      "[\\p{IsHan}&&[^" + NOT_FIRST + "]][\\p{IsHan}&&[^" + NOT_INSIDE + "]]{0,5}[" + UNIT_WORD + "]");
  /** The same when the segmenter cut the name into single characters (中/和/区): three at most before the kind. */
  private static final Pattern CUT_UNIT = Pattern.compile(
      "[\\p{IsHan}&&[^" + NOT_FIRST + "]][\\p{IsHan}&&[^" + NOT_INSIDE + "]]{0,2}[" + UNIT_WORD + "]");
  /** Not a name but a quantity or a pointer: 各州, 该县, 全市, 本市, 多个州, 每个区, 两县. */
  private static final Pattern POINTER = Pattern.compile(
      "^(?:各|该|該|全|本|多个|多個|多数|多數|每|这|這|那|此|其|两|兩|几|幾|某|数个|數個|诸|諸|邻近|鄰近|所在|当地|當地|"
          + "下辖|下轄|管辖|管轄|整个|整個).*");
  /**
   * Common words ending in a unit's character: kinds of area (开发区, 园区, 校区, 社区, 选区, 战区, 自治区: never a name
   * alone), trading (股市, 上市), towns in general (城市, 小镇); a name that ends in one is left to the lexicon.
   */
  private static final Pattern COMMON_WORD = Pattern.compile(".*(?:开发区|园区|校区|社区|地区|选区|战区|军区|禁区|行政区|"
      + "自治区|自治州|特区|高新区|保税区|示范区|试验区|实验区|功能区|经济区|片区|景区|城区|市区|郊区|辖区|小区|山区|"
      + "灾区|矿区|林区|牧区|港区|厂区|营区|分区|专区|街区|湾区|大区|时区|销售区|服务区|市场区|"
      + "城市|都市|股市|楼市|车市|债市|汇市|上市|超市|集市|夜市|黑市|门市|退市|开市|休市|"
      + "城镇|乡镇|小镇|古镇|重镇|村镇|市镇|郡县|州县|"
      // the same in traditional characters
      + "開發區|園區|校區|社區|地區|選區|戰區|軍區|禁區|行政區|自治區|特區|高新區|保稅區|示範區|試驗區|經濟區|片區|景區|"
      + "城區|市區|郊區|轄區|小區|山區|災區|港區|廠區|分區|專區|街區|灣區|大區|時區|銷售區|服務區|"
      + "都市|股市|樓市|車市|債市|匯市|超市|集市|夜市|黑市|門市|退市|開市|休市|城鎮|鄉鎮|小鎮|古鎮|重鎮|村鎮|市鎮|郡縣|州縣)"
      + "|新区|新區");
  /** What makes the unit part of an organization's name or of a title: 县长, 区委, 市政府, 高新区管委会. */
  private static final Pattern BODY_AFTER = Pattern.compile(
      "^(?:长|長|委|政府|人民政府|管委会|管委會|管理委员会|议会|議會|法院|检察院|檢察院|公安局|警察局|警局|局|厅|廳|署|党部|"
          + "黨部|办公室|辦公室|分局|支行|分行)");
  /** The words for a unit's kind, which may follow a known place's name as its own (首尔市, 北京市). */
  private static final String UNIT_WORDS = "省" + UNIT_WORD;
  /** NER's tags of places, any of which makes the unit's last word a name. */
  static final Set<String> PLACE_TAGS = Set.of("GPE", "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  /**
   * A region of a country or continent by its direction: 中西部, 东南部, 北部, 西海岸 (the relation stage reads regions by
   * the same words).
   */
  public static final Pattern REGION = Pattern.compile("(?:[东東][南北]|西[南北]|中西|中南|[东東西南北中])部|[东東西南北]海岸");
  /** A military command, a company or a time zone named by a region (中部战区, 西部数据, 中部时间): not the region. */
  private static final Pattern NOT_REGION_AFTER = Pattern.compile(
      "^(?:战区|戰區|军区|軍區|司令部|数据|數據|航空|机场|機場|银行|銀行|电网|電網|证券|證券|时间|時間|标准时间|標準時間|时区|時區)");

  /** Adds the units named after a known place, each after the place it follows (so a chain, 某国某县某市, grows). */
  static void addUnits(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (int round = 0; round < 3; round++) {
      boolean added = false;
      for (Mention place : List.copyOf(accepted)) {
        if (place.type() != EntityType.PLACE || !LayeredMentionFinder.HAN.matcher(place.text()).find()) {
          continue;
        }
        int at = place.span().end();
        if (at < text.length() && UNIT_WORDS.indexOf(text.charAt(at)) >= 0) {
          at++; // the known place's own unit word (首尔 + 市): the next unit follows it
        }
        if (at < text.length() && text.charAt(at) == '的') {
          at++;
        }
        Span unit = unitAt(doc, at);
        if (unit == null) {
          continue;
        }
        List<Mention> overlapped = accepted.stream().filter(m -> m.span().overlaps(unit)).toList();
        Span next = overlapped.size() == 1 ? nextUnit(doc, overlapped.get(0), unit) : null;
        if (next != null) {
          // NER's one place over two units (某市某镇): each is a place, the second inside the first
          accepted.removeAll(overlapped);
          accepted.add(new Mention(unit, unit.of(text), EntityType.PLACE, doc.sentenceAt(unit.begin()),
              Mention.Source.PATTERN));
          accepted.add(new Mention(next, next.of(text), EntityType.PLACE, doc.sentenceAt(next.begin()),
              Mention.Source.PATTERN));
          added = true;
          continue;
        }
        if (overlapped.stream().anyMatch(m -> !unit.contains(m.span()) || m.span().equals(unit)
            || m.type() == EntityType.PERSON
            || m.type() == EntityType.PLACE && m.source() == Mention.Source.LEXICON)) {
          continue; // already a name, or inside a longer one (苏州工业园区管委会)
        }
        accepted.removeAll(overlapped); // a cut piece (尔霍恩县) or a brand inside (丰田 in 丰田市)
        accepted.add(new Mention(unit, unit.of(text), EntityType.PLACE, doc.sentenceAt(unit.begin()),
            Mention.Source.PATTERN));
        added = true;
      }
      if (!added) {
        return;
      }
    }
  }

  /**
   * The unit's name starting at {@code at}, the shortest that ends a word the tagger reads as a name (爱知县, not
   * 爱知县丰田市: the next unit follows it).
   */
  private static Span unitAt(AnnotatedDocument doc, int at) {
    String text = doc.text();
    int sentenceIndex = doc.sentenceAt(at);
    if (sentenceIndex < 0) {
      return null;
    }
    AnnotatedSentence sentence = doc.sentences().get(sentenceIndex);
    for (int end = at + 2; end <= Math.min(text.length(), at + 7); end++) {
      String name = text.substring(at, end);
      if (POINTER.matcher(name).matches() || COMMON_WORD.matcher(name).matches()
          || BODY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 6))).find()) {
        continue;
      }
      int last = sentence.tokenEndingAt(end);
      if (last < 0 || !(UNIT.matcher(name).matches() && namesOnly(sentence, at, last)
          || CUT_UNIT.matcher(name).matches() && cutIntoCharacters(sentence, at, last))) {
        continue;
      }
      return new Span(at, end);
    }
    return null;
  }

  /** The second unit of NER's place that opens with {@code unit} and goes on with another whole unit, if so. */
  private static Span nextUnit(AnnotatedDocument doc, Mention ner, Span unit) {
    if (ner.type() != EntityType.PLACE || ner.source() != Mention.Source.NER || ner.span().begin() != unit.begin()
        || ner.span().end() <= unit.end()) {
      return null;
    }
    Span next = unitAt(doc, unit.end());
    return next != null && next.end() == ner.span().end() ? next : null;
  }

  /**
   * A name the segmenter did not know, cut into single characters (中/和/区): no word of its own there, so no common
   * word either.
   */
  private static boolean cutIntoCharacters(AnnotatedSentence sentence, int at, int last) {
    for (int i = last; i >= 0 && sentence.tokens().get(i).span().end() > at; i--) {
      Token t = sentence.tokens().get(i);
      if (t.word().length() != 1 || t.span().begin() < at) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words from {@code at} to token {@code last} are names: proper nouns or NER's places, the last one a name, or
   * the bare unit word after a proper noun (圣查尔斯/NR + 县/NN).
   */
  private static boolean namesOnly(AnnotatedSentence sentence, int at, int last) {
    Token end = sentence.tokens().get(last);
    boolean bareUnitAfterName = end.word().length() == 1 && last > 0
        && sentence.tokens().get(last - 1).span().end() > at && isName(sentence.tokens().get(last - 1));
    if (!isName(end) && !bareUnitAfterName) {
      return false;
    }
    for (int i = last - 1; i >= 0 && sentence.tokens().get(i).span().end() > at; i--) {
      Token t = sentence.tokens().get(i);
      if (!t.pos().equals("NR") && !t.pos().equals("NN") && !PLACE_TAGS.contains(t.ner())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isName(Token t) {
    return t.pos().equals("NR") || PLACE_TAGS.contains(t.ner());
  }

  /**
   * A company's sales region, named by a larger region and 区 (大中华区, 亚太区, 华东区): an area of its business, no
   * place of its own, though NER calls it one.
   */
  private static final Pattern SALES_REGION = Pattern.compile(
      "(?:大中华|中华|亚太|亚洲|欧洲|北美|南美|拉美|中东|欧非中东|华东|华南|华北|华中|华西|西南|东北|西北)区"
          + "|(?:大中華|中華|亞太|亞洲|歐洲|北美|南美|拉美|中東|華東|華南|華北|華中|西南|東北|西北)區");

  static boolean isSalesRegion(String name) {
    return SALES_REGION.matcher(name).matches();
  }

  /**
   * 伦敦西南部的温布尔登: the direction says where the proper noun after 的 lies; it names no region of its own.
   */
  private static boolean locatesANamedPlace(AnnotatedSentence sentence, int regionEnd, String text) {
    if (!text.startsWith("的", regionEnd)) {
      return false;
    }
    int of = sentence.tokenEndingAt(regionEnd + 1);
    return of >= 0 && of + 1 < sentence.tokens().size() && sentence.tokens().get(of + 1).pos().equals("NR");
  }

  /** Adds the regions named by a place and a direction (美国中西部), around the place's own mention. */
  static void addRegions(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention place : List.copyOf(accepted)) {
      if (place.type() != EntityType.PLACE || !LayeredMentionFinder.HAN.matcher(place.text()).find()) {
        continue;
      }
      Matcher region = REGION.matcher(text).region(place.span().end(), text.length());
      if (!region.lookingAt()) {
        continue;
      }
      int end = region.end();
      int sentenceIndex = doc.sentenceAt(place.span().begin());
      if (sentenceIndex < 0 || doc.sentences().get(sentenceIndex).tokenEndingAt(end) < 0
          || NOT_REGION_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 4))).find()
          || locatesANamedPlace(doc.sentences().get(sentenceIndex), end, text)) {
        continue;
      }
      Span span = new Span(place.span().begin(), end);
      if (accepted.stream().anyMatch(m -> m != place && m.span().overlaps(span))) {
        continue; // a name there already (西部数据)
      }
      accepted.add(new Mention(span, span.of(text), EntityType.PLACE, sentenceIndex, Mention.Source.PATTERN));
    }
  }
}
