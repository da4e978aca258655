package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * The organization in "ORG + TITLE(兼/、TITLE)* + PERSON" with no space (星河智能创始人兼CEO陈思远, 深空科技首席技术官赵明哲,
 * Nimbla Labs的CEO Tomas Berg): the words right before a person's job title name where the person works. They are
 * taken only when they look like a name (a proper noun, a Latin word, a number, or an organization's head noun such as
 * 科技, 资本, 实验室) and are not a description (公司, 行业, 该公司, 一家初创企业).
 */
final class TitledOrganizations {
  /** Words that describe rather than name, and that end the name when read leftwards. */
  private static final Set<String> NOT_NAME_WORDS = Set.of("前", "原", "现任", "时任", "新任", "首任", "知名", "著名",
      "资深", "行业", "业内", "公司", "企业", "集团", "机构", "团队", "部门", "该", "这", "其", "本", "某", "各", "担任", "出任",
      "兼任", "作为", "身为", "曾任", "时", "据", "由", "和", "与", "及", "以及", "的", "是", "为", "对", "向", "从", "在", "将",
      "国内", "国外", "海外", "全球", "多家", "一家", "这家", "那家", "多位", "一位", "两位", "这位", "那位", "我们", "他们",
      "初创", "创业", "头部", "巨头", "独角兽", "风投");
  /**
   * Nouns for a kind of business that a description puts before a brand's name (农机品牌星禾创始人, 物流平台某某CEO):
   * read leftwards, they end a name that already holds a proper noun.
   */
  private static final Set<String> KIND_NOUNS = Set.of("品牌", "平台", "厂商", "服务商", "供应商", "提供商", "运营商",
      "营运商", "开发商", "制造商", "零售商", "电商");
  /** Words that together make only a description: 人工智能公司, AI科技, 大模型初创企业. */
  private static final Pattern DESCRIPTION = Pattern.compile("(?:人工智能|AI|大模型|科技|互联网|技术|智能|数据|网络|信息|"
      + "软件|芯片|半导体|云|机器人|汽车|医疗|能源|投资|资本|创投|基金|研究|实验室|研究院|研究所|大学|学院|公司|集团|"
      + "控股|股份|企业|机构|团队|部门|中心|平台|产品|项目|业务|事业部|事业群|Labs?|Inc\\.?)+");
  /** Head nouns that end an organization's name. */
  private static final Pattern ORGANIZATION_END = Pattern.compile("(?:科技|智能|数据|网络|信息|资本|创投|基金|实验室|研究院|"
      + "研究所|研究中心|集团|公司|控股|电子|软件|通信|通讯|大学|学院|科学院|云|银行|证券|传媒|机器人|半导体|互动|动力|"
      + "汽车|医疗|能源|微电子|股份|工作室|基金会|协会|联盟|Labs?|AI|Inc\\.?|Ltd\\.?|Technologies|Capital|Ventures|"
      + "Partners|Robotics|Research|Systems)$");
  private static final Pattern RESEARCH_END = Pattern.compile("(?:大学|学院|科学院|研究院|研究所|研究中心|实验室|"
      + "University|Institute|Lab|Labs)$");
  private static final Pattern COMPANY_END = Pattern.compile("(?:科技|智能|数据|网络|信息|资本|创投|基金|集团|公司|控股|"
      + "电子|软件|通信|通讯|云|银行|证券|传媒|机器人|半导体|互动|动力|汽车|医疗|能源|微电子|股份|AI|Inc\\.?|Ltd\\.?|"
      + "Technologies|Capital|Ventures|Partners|Robotics)$");
  /** An investment firm's short name: two characters and 投 (深创投; see {@link #clauseInitialName}). */
  private static final Pattern INVESTOR_SHORT_NAME = Pattern.compile("\\p{IsHan}{2}投");
  private static final Pattern LATIN_OR_DIGIT = Pattern.compile("[A-Za-z0-9]");
  private static final Pattern NAME_TAGS = Pattern.compile("NR|NN|JJ|CD|FW|NNP|NNPS|OD|URL");

  private final TitleLexicon titles;

  TitledOrganizations(TitleLexicon titles) {
    this.titles = titles;
  }

  /**
   * Organizations named before the titles of the persons in {@code accepted}; NER person mentions that such a name
   * replaces are removed from {@code accepted}.
   */
  List<Mention> find(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    List<Mention> found = new ArrayList<>();
    List<Mention> retyped = new ArrayList<>();
    for (Mention person : accepted) {
      if (person.type() != EntityType.PERSON) {
        continue;
      }
      AnnotatedSentence sentence = doc.sentences().get(doc.sentenceAt(person.span().begin()));
      // "X常务董事、Y云CEO王五": each organization + title pair before the name, read leftwards.
      int at = person.span().begin();
      for (int pair = 0; pair < 3; pair++) {
        int chain = titles.chainStart(text, at, sentence.tokens());
        if (chain == at) {
          break;
        }
        int end = chain;
        if (end > 0 && text.charAt(end - 1) == '的') {
          end--; // Nimbla Labs的CEO
        }
        while (end > 0 && text.charAt(end - 1) == ' ') {
          end--;
        }
        Optional<Span> name = nameEndingAt(sentence, text, end);
        if (name.isEmpty()) {
          break;
        }
        Span span = name.get();
        List<Mention> inside = accepted.stream().filter(m -> m.span().overlaps(span)).toList();
        int titleStart = chain;
        // NER's guess that the name before a title is a person (星河云 in 星河云总裁钱卫东) yields to the shape, and so
        // does its organization that runs on into the title ("Harlow Institute Executive" before "Director") or stops
        // short of it (X民 of X民投, its 投 read as a verb).
        if (inside.stream().allMatch(m -> m.type() == EntityType.TOPIC
            || m.source() == Mention.Source.NER && m.type() == EntityType.PERSON && span.contains(m.span())
            || m.source() == Mention.Source.NER && m.type().isOrganization() && span.contains(m.span())
            && m.span().begin() == span.begin() && m.span().length() < span.length()
            || runsIntoTitle(m, span, titleStart) || describedBefore(m, span, text))) {
          retyped.addAll(inside.stream().filter(m -> m.type() != EntityType.TOPIC).toList());
          found.add(new Mention(span, span.of(text), typeOf(span.of(text)), sentence.index(), Mention.Source.PATTERN));
        }
        if (span.begin() == 0 || "、兼".indexOf(text.charAt(span.begin() - 1)) < 0) {
          break;
        }
        at = span.begin() - 1;
      }
    }
    accepted.removeAll(retyped);
    return found;
  }

  /** NER's organization that runs back over the description before the name (农机品牌星禾 before 创始人). */
  private static boolean describedBefore(Mention m, Span name, String text) {
    return m.source() == Mention.Source.NER && m.type().isOrganization() && m.span().end() == name.end()
        && m.span().begin() < name.begin()
        && KIND_NOUNS.stream().anyMatch(text.substring(m.span().begin(), name.begin())::endsWith);
  }

  private static boolean runsIntoTitle(Mention m, Span name, int titleStart) {
    return m.source() == Mention.Source.NER && m.type().isOrganization() && m.span().begin() == name.begin()
        && m.span().end() > titleStart;
  }

  /** The run of name-like tokens ending exactly at {@code end}, if it reads as an organization's name. */
  private static Optional<Span> nameEndingAt(AnnotatedSentence sentence, String text, int end) {
    List<Token> tokens = sentence.tokens();
    int last = sentence.tokenEndingAt(end);
    if (last < 0) {
      return Optional.empty(); // the title starts inside a token: the segmenter read the words otherwise
    }
    int first = last + 1;
    boolean properNoun = false;
    for (int i = last; i >= 0; i--) {
      Token t = tokens.get(i);
      boolean adjacent = i == last || tokens.get(i + 1).span().begin() - t.span().end() <= (isLatin(t.word()) ? 1 : 0);
      if (!adjacent || !NAME_TAGS.matcher(t.pos()).matches() && !misreadCharacter(t, i == last)
          || NOT_NAME_WORDS.contains(t.word()) || VERBS_BEFORE_TITLE.contains(t.word())
          || t.pos().equals("JJ") && t.word().matches("[A-Z][a-z]+") || t.word().matches("[a-z][a-z-]*")) {
        // nor an English adjective (French President Emmanuel Macron) or lower-case word (principal analyst X)
        break;
      }
      if (properNoun && i < last && KIND_NOUNS.contains(t.word())) {
        break;
      }
      first = i;
      properNoun |= t.pos().startsWith("NR") || t.pos().startsWith("NNP") || t.pos().equals("FW")
          || LATIN_OR_DIGIT.matcher(t.word()).find();
    }
    while (first < last && VERB_TAGS.contains(tokens.get(first).pos())) {
      first++; // a verb opening the run is the clause's (请星河科技CEO), not the name's first character
    }
    // NER's organization is a name when it starts inside the run (星河智造), not when it runs on from a word before
    // that stopped the run (腾讯企业发展事业群: 发展事业群 is a unit inside a title, not a name).
    boolean nerOrganization = first <= last && (first == 0 || !tokens.get(first - 1).ner().equals("ORGANIZATION"))
        && tokens.subList(first, last + 1).stream().anyMatch(t -> t.ner().equals("ORGANIZATION"));
    properNoun |= nerOrganization;
    int clauseStart = clauseInitialName(tokens, last, text);
    // 由星辰光谱创始人林晓主持: common nouns that fill the clause a preposition opens before a title name a brand
    boolean afterPreposition = clauseStart > 0 && opensTitledPerson(tokens.get(clauseStart - 1));
    if (clauseStart >= 0 && (first > last || clauseStart < first || afterPreposition && clauseStart == first)) {
      first = clauseStart; // 极光移动董事长: the tagger read 移动 as a verb, but the words open the clause before a title
      properNoun = true;
    }
    if (first > last) {
      return Optional.empty();
    }
    Span span = new Span(tokens.get(first).span().begin(), end);
    String name = span.of(text);
    boolean headed = ORGANIZATION_END.matcher(name).find();
    if (name.length() < 2 || name.length() > 16 || !properNoun && !headed
        || LayeredMentionFinder.isGenericOrganization(name) || DESCRIPTION.matcher(name).matches()
        || name.matches("[A-Z]{1,3}")) {
      return Optional.empty();
    }
    return Optional.of(span);
  }

  /**
   * A rare name's single character that the tagger read as an adverb or a verb (极 and 飞 of 极飞科技, 微 of 中天微
   * before CEO): one Han character glued inside a run of name words, not an adverb that opens or ends a clause's verb
   * phrase (也, 都, 就). A verb is kept only inside the run, never as its first word, nor as the word before the title.
   */
  private static boolean misreadCharacter(Token t, boolean beforeTitle) {
    return t.word().length() == 1 && HAN_CHARACTER.matcher(t.word()).matches() && !COMMON_ADVERBS.contains(t.word())
        && (t.pos().equals("AD") || VERB_TAGS.contains(t.pos()) && !beforeTitle);
  }

  private static final Pattern HAN_CHARACTER = Pattern.compile("\\p{IsHan}");
  private static final Set<String> VERB_TAGS = Set.of("VV", "VA");
  /** Adverbs that stand before a verb or a title in a clause, never inside a name. */
  private static final Set<String> COMMON_ADVERBS = Set.of("也", "都", "就", "还", "又", "才", "再", "更", "最", "很",
      "已", "曾", "将", "正", "便", "均", "皆", "亦", "仍", "只", "不", "没", "未", "却", "并", "共", "另", "原", "现", "前");

  /**
   * Tags a rare name's words get from the tagger besides nouns: verbs and predicative adjectives (达晨 as a verb), and
   * a measure word for a character that is one (壶, 台, 张 ending a brand).
   */
  private static final Pattern MISREAD_NAME_TAGS = Pattern.compile("NR|NN|JJ|VV|VA|M");
  /** How often a three-character clause-initial name must recur in the document to be taken for a brand. */
  private static final int SHORT_NAME_RECURRENCES = 3;
  /** Verbs that put a person into a post or meet one, and stand before the title (星河科技聘请CTO张三), not in a name. */
  private static final Set<String> VERBS_BEFORE_TITLE = Set.of("任命", "聘请", "聘任", "提拔", "宣布", "迎来", "邀请",
      "晋升", "升任", "转任", "接任", "离任", "辞任", "辞去", "卸任", "改任", "拜访", "会见", "对话", "专访", "采访", "表示",
      "称", "透露", "介绍", "认为", "指出", "告诉", "成为", "包括", "推举", "选举", "当选");

  /**
   * The first token of a name that fills the clause before a title, from a punctuation mark, the sentence start or a
   * preposition that introduces the titled person (，极光移动董事长; 、极光星海董事长; 由极光星海创始人张三主持), or -1: two or
   * three Chinese words of four to eight characters, nouns or words the tagger read as verbs, none a description or a
   * function word; or of three characters ending in 投, an investment firm's short name (深创投 for
   * 深圳市创新投资集团: https://zh.wikipedia.org/wiki/深圳市创新投资集团), whose 投 the tagger reads as a verb; or of
   * three characters that recur in the document as a brand does (云帆壶创始人张三 … 云帆壶一直…). A clause that starts
   * with a title's organization names it even when the tagger misread the name's words.
   */
  private static int clauseInitialName(List<Token> tokens, int last, String text) {
    int first = last;
    while (first > 0 && !tokens.get(first - 1).pos().equals("PU") && !opensTitledPerson(tokens.get(first - 1))) {
      first--;
    }
    int count = last - first + 1;
    if (count < 2 || count > 3) {
      return -1;
    }
    StringBuilder name = new StringBuilder();
    for (int i = first; i <= last; i++) {
      Token t = tokens.get(i);
      if (!MISREAD_NAME_TAGS.matcher(t.pos()).matches() || NOT_NAME_WORDS.contains(t.word())
          || VERBS_BEFORE_TITLE.contains(t.word()) || !t.word().matches("\\p{IsHan}+")) {
        return -1;
      }
      name.append(t.word());
    }
    boolean longEnough = name.length() >= 4 || INVESTOR_SHORT_NAME.matcher(name).matches()
        || name.length() == 3 && occurrences(text, name.toString()) >= SHORT_NAME_RECURRENCES;
    return longEnough && name.length() <= 8 && !DESCRIPTION.matcher(name).matches() ? first : -1;
  }

  private static int occurrences(String text, String name) {
    int count = 0;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
      count++;
    }
    return count;
  }

  /** Prepositions that put a titled person into the clause: 由X创始人张三主持, 与X董事长李四对话, 据X首席执行官王五介绍. */
  private static final Set<String> TITLED_PERSON_PREPOSITIONS = Set.of("由", "与", "据", "对", "向", "同");

  private static boolean opensTitledPerson(Token t) {
    return t.pos().equals("P") && TITLED_PERSON_PREPOSITIONS.contains(t.word());
  }

  private static boolean isLatin(String word) {
    return LATIN_OR_DIGIT.matcher(word).find();
  }

  private static EntityType typeOf(String name) {
    if (RESEARCH_END.matcher(name).find()) {
      return EntityType.RESEARCH_ORGANIZATION;
    }
    if (COMPANY_END.matcher(name).find() || LATIN_OR_DIGIT.matcher(name).find()
        || INVESTOR_SHORT_NAME.matcher(name).matches()) {
      return EntityType.COMPANY;
    }
    return EntityType.ORGANIZATION;
  }
}
