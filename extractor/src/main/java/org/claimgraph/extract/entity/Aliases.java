package org.claimgraph.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.lexicon.LexiconEntry;
import org.claimgraph.extract.lexicon.LexiconMatch;
import org.claimgraph.extract.lexicon.LexiconMatcher;

/** The passes of {@link LayeredMentionFinder} that mention the other names a name declares beside it. */
final class Aliases {
  private Aliases() {}

  /**
   * A Latin name or acronym in brackets right after a name, perhaps after a space (as Taiwan's press and English texts
   * set them): 美国在台协会(AIT), 张小明(Zhang Xiaoming), 《X法案》(X Act), 星河传媒 (Galaxy Media).
   */
  private static final Pattern BRACKETED_LATIN =
      Pattern.compile("^[》”\"]? ?[(（]([A-Za-z][A-Za-z0-9 .&'’-]{0,60}[A-Za-z0-9.])[)）]");

  /** 简称 "short name", in either script. */
  private static final String SHORT_NAME_WORD = "(?:简称|簡稱)";
  /** "（以下简称“云帆”）" after an organization's name (and its 有限公司): the short name it will go by. */
  static final Pattern DECLARED_SHORT_NAME = Pattern.compile("^(?:股份有限公司|有限责任公司|有限公司|公司|集团)?[（(](?:以下|下文)?"
      + SHORT_NAME_WORD + "[为為：:]?\\s?[“\"「『]?"
      + "(?<alias>[^“”\"「」『』（）()，,。、\\s]{2,16})[”\"」』]?[）)]");

  /**
   * An organization's name followed by "（以下简称“X”）" declares X its short name: X is mentioned with the
   * organization's type (and found again wherever it recurs); the resolver joins the two.
   */
  static void addDeclaredShortNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention outer : List.copyOf(accepted)) {
      if (!outer.type().isOrganization()) {
        continue;
      }
      Matcher m = DECLARED_SHORT_NAME.matcher(text).region(outer.span().end(), text.length());
      if (!m.lookingAt()) {
        continue;
      }
      // Declared, so even a two-character short name (星数) is taken wherever it recurs.
      String name = m.group("alias");
      for (int at = m.start("alias"); at >= 0; at = text.indexOf(name, at + 1)) {
        Span alias = new Span(at, at + name.length());
        List<Mention> overlapping = accepted.stream().filter(a -> a.span().overlaps(alias)).toList();
        if (overlapping.stream().allMatch(a -> a.source() == Mention.Source.NER || a.type() == EntityType.TOPIC)) {
          accepted.removeAll(overlapping);
          accepted.add(new Mention(alias, name, outer.type(), doc.sentenceAt(at), Mention.Source.PATTERN));
        }
      }
    }
  }

  /** The bracket that declares a short name, wherever it stands: its opening is where the full name ends. */
  private static final Pattern SHORT_NAME_DECLARATION = Pattern.compile("[（(](?:以下|下文)" + SHORT_NAME_WORD);
  /** How an organization's full name ends: a noun of a kind of body. */
  private static final Pattern ORGANIZATION_HEAD = Pattern.compile(".*(?:公司|集团|集團|中心|研究院|研究所|实验室|實驗室|"
      + "协会|協會|学会|學會|联盟|聯盟|基金会|基金會|委员会|委員會|大学|大學|学院|學院|医院|醫院|银行|銀行|平台|联合会|聯合會)$");
  private static final Pattern COMPANY_HEAD = Pattern.compile(".*(?:公司|集团|集團)$");
  /** Words that end the clause before a full name rather than belong to it: a copula, a verb of joining, 的, 由. */
  private static final Set<String> BEFORE_FULL_NAME = Set.of("成为", "成為", "是", "为", "為", "在", "与", "與", "和", "同", "跟",
      "及", "由", "了", "的", "加入", "担任", "擔任", "出任", "于", "於", "向", "对", "對", "将", "將", "把", "被", "从", "從", "到",
      "任", "即", "据", "據", "称", "稱");

  /**
   * A name the text declares a short name for (某某创新中心（以下简称“中心”）) is a full name, even when NER did not read
   * it whole: the words back from the bracket to the clause's start (a punctuation mark, a copula, a verb of joining,
   * a preposition) are one organization's name when they end in a noun of a kind of body. A formal declaration of this
   * kind follows only a registered or official name.
   */
  static void addDeclaredFullNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher m = SHORT_NAME_DECLARATION.matcher(text);
    while (m.find()) {
      int end = m.start();
      int sentence = doc.sentenceAt(end);
      if (sentence < 0 || accepted.stream().anyMatch(a -> a.type().isOrganization() && a.span().end() == end
          && a.span().length() > 2 && a.source() != Mention.Source.NER)) {
        continue;
      }
      List<Token> tokens = doc.sentences().get(sentence).tokens();
      int last = doc.sentences().get(sentence).tokenEndingAt(end);
      if (last < 0) {
        continue;
      }
      int first = last;
      while (first > 0 && !opensNoFullName(tokens.get(first - 1))) {
        first--;
      }
      int begin = tokens.get(first).span().begin();
      String name = text.substring(begin, end);
      if (name.length() < 5 || name.length() > 30 || !ORGANIZATION_HEAD.matcher(name).matches()) {
        continue;
      }
      Span span = new Span(begin, end);
      List<Mention> overlapping = accepted.stream().filter(a -> a.span().overlaps(span)).toList();
      // Only what NER read in pieces gives way, not a name another pass or the lexicon already found there; a place
      // opening the name stays an entity of its own (guidelines §8.1).
      if (!overlapping.stream().allMatch(a -> span.contains(a.span()) && (a.source() == Mention.Source.NER
          || a.type() == EntityType.TOPIC || a.type() == EntityType.PLACE))) {
        continue;
      }
      // A company found before its legal form keeps its name: 云帆智联科技 of 云帆智联科技有限公司（以下简称…）.
      if (COMPANY_HEAD.matcher(name).matches() && overlapping.stream().anyMatch(a -> a.type().isOrganization())) {
        continue;
      }
      accepted.removeAll(overlapping.stream().filter(a -> a.type() != EntityType.PLACE
          || a.span().begin() != begin).toList());
      EntityType type = COMPANY_HEAD.matcher(name).matches() ? EntityType.COMPANY : EntityType.ORGANIZATION;
      accepted.add(new Mention(span, name, type, sentence, Mention.Source.PATTERN));
    }
  }

  private static boolean opensNoFullName(Token before) {
    return before.pos().matches("PU|VC|P|DEC|DEG|AS|AD|NT|CD|M|PN|DT") || BEFORE_FULL_NAME.contains(before.word())
        || before.ner().equals("PERSON") || before.ner().equals("DATE");
  }

  /**
   * A Latin name in brackets right after a name is that name's other form (美国在台协会(AIT)): it is mentioned
   * with the outer name's type when nothing else found it. The resolver then joins the two.
   */
  static void addBracketed(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention outer : List.copyOf(accepted)) {
      if (outer.type() == EntityType.TOPIC) {
        continue;
      }
      Matcher m = BRACKETED_LATIN.matcher(text).region(outer.span().end(), text.length());
      if (!m.lookingAt() || !spacedOnlyBeforeAName(text, outer.span().end(), m.start(1))) {
        continue;
      }
      Span inner = new Span(m.start(1), m.end(1));
      if (accepted.stream().noneMatch(a -> a.span().overlaps(inner))) {
        accepted.add(new Mention(inner, m.group(1), outer.type(), doc.sentenceAt(inner.begin()), Mention.Source.PATTERN));
      }
    }
  }

  /**
   * Whether a bracketed Latin form after a space (from {@code nameEnd} to {@code formStart}) is a name: one that opens
   * with a capital, as other forms and acronyms do (星河传媒 (Galaxy Media), Example Standards Board (ESB)); a word in
   * lower case there is an aside (DeepSeek-V3 (chat)), not the name's other form.
   */
  static boolean spacedOnlyBeforeAName(String text, int nameEnd, int formStart) {
    return text.substring(nameEnd, formStart).indexOf(' ') < 0
        || formStart < text.length() && Character.isUpperCase(text.charAt(formStart));
  }

  /**
   * The rest of a compound organization name that is a common word, not a name: a corporate or kind word (科技, 集团,
   * 研究院), a line of business (电商, 智能云, 音乐), a place word (中国, 国际). A rest ending in one of these (智能云,
   * 人工智能研究院) is none either.
   */
  static final Pattern COMMON_REST = Pattern.compile("\\p{IsHan}{0,4}?(?:云|智能|科技|集团|控股|股份|公司|资本|创投|基金|"
      + "研究院|研究所|研究中心|实验室|学院|大学|中心|部门|事业部|事业群|团队|业务|平台|网络|技术|数据|信息|软件|电子|通信|"
      + "电商|物流|金融|支付|健康|医疗|教育|汽车|音乐|游戏|视频|影业|文化|传媒|地图|搜索|新闻|财经|体育|手机|芯片|半导体|"
      + "机器人|大模型|模型|中国|国际|全球|亚洲|美国|欧洲|总部)|[A-Z]{1,3}|AI\\p{IsHan}{0,3}|Cloud|Labs?|Research|Group");
  /** A rest that may stand alone as a name: two to six Han characters, or a Latin word of three letters or more. */
  private static final Pattern NAME_REST = Pattern.compile("\\p{IsHan}{2,6}|[A-Za-z][A-Za-z0-9-]{2,15}");

  /**
   * An organization named by a known company's name and a rest of its own (腾讯优图, 网易伏羲: a lexicon company, or a
   * company named in the document, then a name) is called by that rest alone later in the same document (优图首席科学家):
   * each later occurrence of the rest that the segmenter cut as words of their own, and that nothing else names, is a
   * mention of the organization's type (the resolver joins it to the full name). A rest that is a common word (科技,
   * 智能云, 研究院) is none. The known company named inside a unit's full name is a mention of its own (guidelines §8.1).
   */
  static void addRestsOfCompoundNames(AnnotatedDocument doc, List<Mention> accepted, LexiconMatcher lexicon) {
    String text = doc.text();
    Set<String> companies = new HashSet<>();
    accepted.stream().filter(m -> m.type() == EntityType.COMPANY).forEach(m -> companies.add(m.text()));
    Set<String> done = new HashSet<>();
    for (Mention whole : List.copyOf(accepted)) {
      String name = whole.text();
      if (!whole.type().isOrganization() || whole.source() == Mention.Source.COREFERENCE || done.contains(name)) {
        continue;
      }
      Optional<LexiconEntry> own = wholeEntry(lexicon, name);
      for (int end = name.length() - 2; end >= 2; end--) {
        String prefix = name.substring(0, end);
        String rest = name.substring(end);
        Optional<LexiconEntry> parent = wholeEntry(lexicon, prefix);
        boolean known = parent.isPresent() && parent.get().type() == EntityType.COMPANY && !own.equals(parent)
            || parent.isEmpty() && companies.contains(prefix);
        if (!known || !NAME_REST.matcher(rest).matches() || COMMON_REST.matcher(rest).matches()
            || LayeredMentionFinder.isGenericOrganization(rest) || !wholeEntry(lexicon, rest).isEmpty()
            || cutsLatinWord(prefix, rest)) {
          continue;
        }
        done.add(name);
        List<Mention> wholes = accepted.stream().filter(m -> m.text().equals(name) && m.type().isOrganization())
            .toList();
        for (Mention w : wholes.stream().filter(m -> m.type() != EntityType.COMPANY).toList()) {
          // The known company named inside a unit's name is an entity of its own (guidelines §8.1): 腾讯 in 腾讯优图;
          // not inside a company's, which may be none of its units (腾讯音乐娱乐集团, as NestedParents).
          Span inside = new Span(w.span().begin(), w.span().begin() + prefix.length());
          if (accepted.stream().noneMatch(m -> m != w && m.span().overlaps(inside))) {
            accepted.add(new Mention(inside, prefix, EntityType.COMPANY, w.sentence(),
                parent.isPresent() ? Mention.Source.LEXICON : Mention.Source.PATTERN));
          }
        }
        int first = wholes.stream().mapToInt(m -> m.span().end()).min().orElse(whole.span().end());
        for (int at = text.indexOf(rest, first); at >= 0; at = text.indexOf(rest, at + 1)) {
          Span span = new Span(at, at + rest.length());
          List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(span)).toList();
          if (!ownWords(doc, span) || !overlapping.stream().allMatch(m -> m.type() == EntityType.TOPIC
              || m.source() == Mention.Source.NER && span.contains(m.span()))) {
            continue;
          }
          accepted.removeAll(overlapping);
          accepted.add(new Mention(span, rest, whole.type(), doc.sentenceAt(at), Mention.Source.PATTERN));
        }
        break;
      }
    }
  }

  /** Whether the cut falls between two Latin letters or digits, inside one Latin word (Micro|soft). */
  private static boolean cutsLatinWord(String prefix, String rest) {
    char last = prefix.charAt(prefix.length() - 1);
    return Character.isLetterOrDigit(last) && last < 128 && rest.charAt(0) < 128;
  }

  /** The span starts and ends where the segmenter's words do. */
  private static boolean ownWords(AnnotatedDocument doc, Span span) {
    int sentence = doc.sentenceAt(span.begin());
    if (sentence < 0) {
      return false;
    }
    List<Token> tokens = doc.sentences().get(sentence).tokens();
    return tokens.stream().anyMatch(t -> t.span().begin() == span.begin())
        && tokens.stream().anyMatch(t -> t.span().end() == span.end());
  }

  /** The lexicon's entry that {@code form} is, whole. */
  private static Optional<LexiconEntry> wholeEntry(LexiconMatcher lexicon, String form) {
    List<LexiconMatch> found = lexicon.find(form);
    return found.size() == 1 && found.get(0).span().begin() == 0 && found.get(0).span().end() == form.length()
        ? Optional.of(found.get(0).entry()) : Optional.empty();
  }
}
