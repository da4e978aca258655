package org.claimgraph.extract.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.CompoundSurnames;
import org.claimgraph.extract.lexicon.GivenNames;

/**
 * Reads an author line (作者:…, 文/…, 撰文:…, By …) into the author's name and role. Chinese bylines put the role
 * before the name (腾讯…首席代表葛凌博士): the name is found by its shape, a surname and one or two given-name
 * characters after a role that ends in a job title, and an honorific after it (博士, 教授) is dropped.
 */
final class BylineParser {
  /** A parsed author line; offsets are into the line given to {@link #parse}. */
  record Found(String author, int authorBegin, int authorEnd, Optional<String> role) {}

  /** Longer lines are prose that mentions an author, not the author line. */
  private static final int MAX_LINE_LENGTH = 100;

  /**
   * Chinese markers may follow another label (来源:… 作者:…) and 记者 the paper's own word for itself (本报记者 X);
   * "By" only opens a line, or "Photo by" would count; a colon may follow it (By: Jane Doe, By : Jane Doe), and
   * pages that set "By" apart by style alone lose the space when copied (ByJane Doe).
   */
  private static final Pattern MARKER = Pattern.compile(
      "(?:(?:^|(?<=[\\s|｜丨/:：]))(?:[【\\[(（]\\s*)?"
          + "(?:(?:作者|撰文|(?:本报|本刊|本台|本网|特约|见习|实习)?记者|编译|译者|口述)\\s*[】\\])）]?\\s*[:：|｜丨/]?|文\\s*[:：|｜丨/])"
          + "|^(?i:written\\s+by|author\\s*:|by)(?:\\s*:)?(?=\\s+\\p{Lu}|(?<=:)\\p{Lu})|^By(?=\\p{Lu}\\p{Ll}))\\s*");
  /** Where the author part of the line ends: another label, a bar or double slash (Name//Outlet//Date), or a date. */
  private static final Pattern AUTHOR_PART_END = Pattern.compile(
      "\\s+(?=(?:来源|出处|编辑|责编|责任编辑|校对|审核|日期|时间|发布|图片|摄影|Source|Photo|Updated|Published)\\s*[:：]?)"
          + "|\\s*[|｜丨]|\\s*//|\\s+(?=(?:19|20)\\d{2}\\s*[.\\-/年])"
          + "|\\s*[,，]?\\s*(?=(?i:January|February|March|April|May|June|July|August|September|October|November"
          + "|December)\\s+\\d)");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]\\s*$");
  /** Respectful titles written after a Chinese name; they are not part of the name or the role. */
  private static final Pattern CHINESE_HONORIFIC = Pattern.compile("(博士|教授|先生|女士|老师|院士|同学)$");
  private static final Pattern LATIN_HONORIFIC = Pattern.compile("^(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.?\\s+)+");
  /** A name's word; a romanised given name may join a lower-case syllable with a hyphen (Joo-heon, Jae-yong). */
  private static final String LATIN_NAME_WORD = "\\p{Lu}[\\p{IsLatin}'’.]*(?:-\\p{Ll}+)?";
  private static final Pattern LATIN_NAME = Pattern.compile(LATIN_NAME_WORD
      + "(?:[ -](?:(?:van|von|de|der|da|di|le|la)\\s)?" + LATIN_NAME_WORD + "){0,3}");
  private static final Pattern LATIN_TAIL = Pattern.compile("(" + LATIN_NAME.pattern() + ")$");
  private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s*[,，、;；(（)）]+\\s*");
  private static final Pattern SPACE_SEPARATOR = Pattern.compile("[\\s\\u3000]+");

  /**
   * Job titles a Chinese role ends with, so that in 首席代表葛凌 the name starts after 代表. General vocabulary of
   * Chinese job titles.
   */
  private static final List<String> JOB_TITLES = List.of(
      "代表", "经理", "总裁", "董事长", "董事", "主席", "执行官", "技术官", "财务官", "运营官", "科学家", "创始人",
      "合伙人", "主任", "主编", "编辑", "记者", "研究员", "分析师", "教授", "院长", "所长", "校长", "负责人", "顾问",
      "总监", "专家", "部长", "局长", "处长", "主管", "工程师", "学者", "讲师", "律师", "秘书长", "会长", "社长",
      "理事", "委员", "首席", "CEO", "CTO", "COO", "CFO", "博士生", "研究生", "作家", "评论员", "撰稿人", "特约",
      "总编", "副总", "成员", "员工", "专栏作者");

  /**
   * Chinese surnames: the single-character surnames of the 百家姓 (Hundred Family Surnames, Song dynasty) and
   * common modern ones missing from it; the compound ones are {@link CompoundSurnames}.
   */
  private static final String SINGLE_SURNAMES =
      "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方"
          + "俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧"
          + "计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫"
          + "经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓"
          + "牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙"
          + "池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
          + "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰"
          + "巢关蒯相查后荆红游竺权逯盖益桓公"
          + "肖付覃邝岳涂";

  /** What separates the parts of an English byline: By Jane Doe | Example Daily; By : Jane Doe//Example Daily//Date. */
  private static final Pattern NEXT_LISTED_NAME =
      Pattern.compile("(?:[\\s\\u3000]+|[\\s\\u3000]*、[\\s\\u3000]*)(?<name>\\p{IsHan}{2,4})(?=[\\s\\u3000、]|$)");
  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*(?://|[|｜])\\s*");
  /** A publication's name: capitalised words (The Example Daily, Example Times-Herald, Daily News & Record). */
  private static final Pattern OUTLET_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?: (?:&|of|and|\\p{Lu}[\\p{L}'’.-]*)){0,5}");
  /** Job nouns that end a byline's role part (By Jane Doe | Staff Writer), which names no publication. */
  private static final Pattern ROLE_WORD = Pattern.compile(
      "(?i).*\\b(?:writer|editor|reporter|correspondent|contributor|columnist|journalist|staff|author|producer)$");
  /** A post of the newsroom, which names the line's person as the article's writer (Associate Editor). */
  private static final String NEWSROOM_POST = "(?i:[\\p{L} &-]*\\b(?:editor|editorial|writer|reporter|correspondent"
      + "|contributor|columnist|journalist)\\b[\\p{L} &-]*)";
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final Pattern BARE_LATIN_BYLINE = Pattern.compile("\\s*(?:[-–—]\\s*)?(?<name>(?<given>\\p{Lu}\\p{L}+)"
      + "(?: " + NAME_WORD + "){1,3})\\s*(?:[|｜].*|,\\s*(?<post>" + NEWSROOM_POST + "))?\\s*");
  /** A time stamp in words (Updated Monday); a date with digits is no run of capitalised words anyway. */
  private static final Pattern TIME_WORDS = Pattern.compile(
      "(?i)(?:updated|published|posted)\\b.*|monday|tuesday|wednesday|thursday|friday|saturday|sunday");

  private BylineParser() {}

  /**
   * The publication named in the part right after the author's (By Jane Doe | Example Daily; By : Jane Doe//Example
   * Daily//March 3, 2024), as {@code [begin, end)} in {@code line}: capitalised words, not a date and not a job title.
   */
  static Optional<Span> outlet(String line, Found author) {
    Matcher separator = PART_SEPARATOR.matcher(line);
    if (!separator.find(author.authorEnd()) || !line.substring(author.authorEnd(), separator.start()).isBlank()) {
      return Optional.empty();
    }
    int begin = separator.end();
    int end = separator.find() ? separator.start() : line.length();
    String part = line.substring(begin, end).strip();
    if (!OUTLET_NAME.matcher(part).matches() || ROLE_WORD.matcher(part).matches()
        || TIME_WORDS.matcher(part).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Span(begin, begin + part.length()));
  }

  static Optional<Found> parse(String line) {
    if (line.length() > MAX_LINE_LENGTH || SENTENCE_END.matcher(line).find()) {
      return Optional.empty();
    }
    Matcher marker = MARKER.matcher(line);
    if (!marker.find()) {
      return Optional.empty();
    }
    int begin = marker.end();
    Matcher partEnd = AUTHOR_PART_END.matcher(line);
    int end = partEnd.find(begin) ? partEnd.start() : line.length();
    return author(line, begin, trimEnd(line, begin, end));
  }

  /**
   * A line that is only a person's name, as news sites print the author alone under the title or the date line (or
   * several names set apart by spaces, the first one the author's): a Chinese surname with one or two given-name
   * characters, in Simplified or Traditional characters. Only the
   * cleaner's header lines are asked, never a heading inside the body. Two capitalised Latin words are no such
   * evidence (Key Points, Early Life), so English bylines still need their "By".
   */
  static Optional<Found> bareName(String line) {
    String listed = line.strip();
    int begin = line.indexOf(listed);
    String name = listed.split("[\\s\\u3000、]+")[0];
    // 王某 李某某: a line of names only; the first is the author, and coAuthors gives the others
    List<Span> others = coAuthors(line, begin + name.length());
    int listEnd = others.isEmpty() ? begin + name.length() : others.get(others.size() - 1).end();
    if (name.isEmpty() || listEnd != begin + listed.length() || !name.codePoints().allMatch(Languages::isHan)) {
      return Optional.empty();
    }
    String simplified = Languages.simplified(name); // one surname list serves both scripts
    int surname = simplified.length() >= 3 && CompoundSurnames.opens(simplified) ? 2
        : simplified.length() >= 2 && SINGLE_SURNAMES.indexOf(simplified.charAt(0)) >= 0 ? 1 : 0;
    int given = simplified.length() - surname;
    return surname > 0 && given >= 1 && given <= 2
        ? Optional.of(new Found(name, begin, begin + name.length(), Optional.empty())) : Optional.empty();
  }

  /**
   * An English header line that is only a person's name, perhaps after a dash, before a bar and what follows it, or
   * before a comma and a newsroom post (Jane Doe; - Jane Doe; Jane Doe | March 3, 2024; Jane Doe, Associate Editor):
   * news sites print their author so, without "By". Two to four capitalised words whose first is a given name, so a
   * heading such as Key Points or Company Overview is none.
   */
  static Optional<Found> bareLatinName(String line) {
    Matcher m = BARE_LATIN_BYLINE.matcher(line);
    if (!m.matches() || !GivenNames.contains(m.group("given"))) {
      return Optional.empty();
    }
    Optional<String> post = Optional.ofNullable(m.group("post")).map(String::strip);
    return Optional.of(new Found(m.group("name"), m.start("name"), m.end("name"), post));
  }

  /**
   * The Chinese names listed right after the author's, set apart by spaces or 、 (作者 王某 李某某, 记者 张某、赵某某),
   * up to the first piece that is no name.
   */
  static List<Span> coAuthors(String line, int authorEnd) {
    List<Span> names = new ArrayList<>();
    Matcher next = NEXT_LISTED_NAME.matcher(line);
    int at = authorEnd;
    while (next.find(at) && next.start() == at && isChineseName(Languages.simplified(next.group("name")))) {
      names.add(new Span(next.start("name"), next.end("name")));
      at = next.end("name");
    }
    return names;
  }

  /** The author in {@code line[begin, end)}: a name with the role before or after it. */
  private static Optional<Found> author(String line, int begin, int end) {
    String part = line.substring(begin, end);
    Matcher honorific = LATIN_HONORIFIC.matcher(part);
    if (honorific.find()) {
      begin += honorific.end();
      part = line.substring(begin, end);
    }
    Matcher chineseHonorific = CHINESE_HONORIFIC.matcher(part);
    if (chineseHonorific.find() && chineseHonorific.start() >= 2) {
      end = begin + chineseHonorific.start();
      part = line.substring(begin, end);
    }
    if (part.isBlank()) {
      return Optional.empty();
    }
    // "name, role" or "role, name"; then a Latin name glued to a Chinese role; then "name role" split by a space.
    Optional<Found> f = nameAtEitherEnd(line, begin, part, STRONG_SEPARATOR);
    if (f.isPresent()) {
      return f;
    }
    Matcher latin = LATIN_TAIL.matcher(part);
    if (latin.find() && latin.start() > 0 && Scripts.isHan(part.charAt(latin.start() - 1))) {
      return found(line, begin + latin.start(), begin + part.length(), part.substring(0, latin.start()));
    }
    f = nameAtEitherEnd(line, begin, part, SPACE_SEPARATOR);
    if (f.isPresent()) {
      return f;
    }
    Optional<Integer> nameStart = trailingNameStart(part);
    if (nameStart.isEmpty()) {
      return Optional.empty();
    }
    int s = nameStart.get();
    return found(line, begin + s, begin + part.length(), part.substring(0, s));
  }

  /** When {@code separator} splits the part in two or more, a name as the first piece or the last. */
  private static Optional<Found> nameAtEitherEnd(String line, int begin, String part, Pattern separator) {
    List<int[]> parts = parts(part, separator);
    if (parts.size() < 2) {
      return Optional.empty();
    }
    int[] first = parts.get(0);
    int[] last = parts.get(parts.size() - 1);
    String firstPart = stripHonorific(part.substring(first[0], first[1]));
    if (isName(firstPart)) {
      // Chinese co-authors are listed with spaces or 、; the rest is then no role.
      boolean coAuthors = parts.stream().skip(1)
          .allMatch(p -> isChineseName(stripHonorific(part.substring(p[0], p[1]))));
      return found(line, begin + first[0], begin + first[0] + firstPart.length(),
          coAuthors ? "" : part.substring(first[1]));
    }
    String lastPart = stripHonorific(part.substring(last[0], last[1]));
    if (isName(lastPart)) {
      return found(line, begin + last[0], begin + last[0] + lastPart.length(), part.substring(0, last[0]));
    }
    return Optional.empty();
  }

  private static Optional<Found> found(String line, int nameBegin, int nameEnd, String role) {
    String author = line.substring(nameBegin, nameEnd);
    String cleanRole = role.replaceAll("^[\\s,，、;；:：(（)）\\-–—]+|[\\s,，、;；:：(（)）\\-–—]+$", "");
    return author.isBlank() ? Optional.empty()
        : Optional.of(new Found(author, nameBegin, nameEnd,
            cleanRole.isEmpty() ? Optional.empty() : Optional.of(cleanRole)));
  }

  /** Where the name at the end of a run-together "role + name" starts. */
  private static Optional<Integer> trailingNameStart(String part) {
    Matcher latin = LATIN_TAIL.matcher(part);
    if (latin.find() && (latin.start() == 0 || !Scripts.isLatinLetter(part.charAt(latin.start() - 1)))) {
      return Optional.of(latin.start());
    }
    int hanTail = 0;
    while (hanTail < part.length() && Scripts.isHan(part.charAt(part.length() - 1 - hanTail))) {
      hanTail++;
    }
    if (hanTail < 2) {
      return Optional.empty();
    }
    if (hanTail == part.length() && hanTail <= 4 && isChineseName(part)) {
      return Optional.of(0);
    }
    // Prefer a name that follows a job title, then a name that starts with a surname.
    Integer best = null;
    int bestScore = 0;
    for (int n = Math.min(4, hanTail); n >= 2; n--) {
      int start = part.length() - n;
      String name = part.substring(start);
      if (!isChineseName(name)) {
        continue;
      }
      String role = part.substring(0, start);
      int score = 1 + (endsWithJobTitle(role) ? 2 : 0) + (role.isEmpty() ? 2 : 0);
      if (score > bestScore) {
        best = start;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<int[]> parts(String s, Pattern separator) {
    List<int[]> parts = new ArrayList<>();
    Matcher sep = separator.matcher(s);
    int at = 0;
    while (sep.find()) {
      if (sep.start() > at) {
        parts.add(new int[] {at, sep.start()});
      }
      at = sep.end();
    }
    if (at < s.length()) {
      parts.add(new int[] {at, s.length()});
    }
    // Latin names hold spaces: rejoin "Jane Doe" when the parts were split only at a space.
    List<int[]> joined = new ArrayList<>();
    for (int[] p : parts) {
      int[] prev = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (prev != null && s.substring(prev[1], p[0]).isBlank()
          && isLatinWord(s.substring(prev[0], prev[1])) && isLatinWord(s.substring(p[0], p[1]))) {
        prev[1] = p[1];
      } else {
        joined.add(p);
      }
    }
    return joined;
  }

  private static boolean isLatinWord(String s) {
    return !s.isEmpty() && s.codePoints().allMatch(c -> Scripts.isLatinLetter(c) || c == '.' || c == '\'' || c == '-');
  }

  private static String stripHonorific(String s) {
    Matcher m = CHINESE_HONORIFIC.matcher(s);
    return m.find() && m.start() >= 2 ? s.substring(0, m.start()) : s;
  }

  static boolean isName(String s) {
    return isChineseName(s) || (LATIN_NAME.matcher(s).matches() && s.split("[ -]").length <= 4 && !isAcronym(s));
  }

  private static boolean isAcronym(String s) {
    return s.length() > 1 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** Two to four Han characters starting with a surname (compound surnames allow a four-character name). */
  static boolean isChineseName(String s) {
    if (s.length() < 2 || s.length() > 4 || !s.codePoints().allMatch(Scripts::isHan)) {
      return false;
    }
    if (CompoundSurnames.opens(s)) {
      return s.length() >= 3;
    }
    return s.length() <= 3 && SINGLE_SURNAMES.indexOf(s.charAt(0)) >= 0;
  }

  private static boolean endsWithJobTitle(String role) {
    return JOB_TITLES.stream().anyMatch(role::endsWith);
  }

  private static int trimEnd(String line, int begin, int end) {
    while (end > begin
        && (TextDecoder.isBlankChar(line.charAt(end - 1)) || ",，、;；:：".indexOf(line.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }
}
