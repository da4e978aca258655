package org.claimgraph.extract.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lines that a scraped page carries around the article by their shape and by the stock phrases of page
 * furniture, never by one page's strings: lists of short items split by '|' (SEO question lists, tag clouds,
 * navigation), lines of search-style questions, and link farms (domain names glued to the items); and page chrome that
 * is never article text: breadcrumbs, sharing bars, calls to follow or subscribe, end marks and related-reading
 * headings, and copyright notices. Each is positive evidence that a line belongs to the page, not to the article.
 */
final class SpamSignals {
  /**
   * A line judged not to be article text: the signal's name, a reason with its measured value, and whether the line
   * is content injected into the page (SEO lists, link farms) rather than the page's own chrome (navigation,
   * breadcrumbs, sharing bars, copyright notices). Only injected content makes the other lines suspect: a copyright
   * footer is found under clean articles too.
   */
  record Verdict(String signal, String reason, boolean injected) {}

  /** Separators of navigation bars, tag lists and SEO lists ('丨' is the ideograph pages use as a bar). */
  private static final String SEPARATORS = "|｜丨│¦";
  private static final int MIN_LIST_ITEMS = 4;
  /** Items of a list are short; longer pieces between bars are prose that happens to contain bars. */
  private static final int MAX_MEAN_ITEM_LENGTH = 40;
  private static final int MIN_SPACED_QUESTIONS = 3;
  /** A search query between spaces has a few characters besides its question word (外公是什么关系). */
  private static final int MIN_QUERY_HAN = 4;
  private static final double MIN_QUESTION_SHARE = 0.6;
  private static final int MIN_DOMAINS = 2;
  private static final double MIN_DOMAINS_PER_ITEM = 0.3;

  /** The templates of search queries: what / how / why / which / how many / is it ..., in either script. */
  private static final Pattern CHINESE_QUESTION = Pattern.compile(
      "什么|怎么|怎样|为什么|为何|如何|哪|多少|几[个岁天年月号点种]|是谁|吗[?？]?$|呢[?？]?$|[?？]$"
          + "|[甚什]麼|怎麼|怎樣|為什麼|為何|幾[個歲天年月號點種]|是誰|嗎[?？]?$");
  private static final Pattern LATIN_QUESTION = Pattern.compile(
      "(?i)^(what|how|why|when|where|which|who|whose|is|are|can|does|do|should)\\b.*|.*\\?$");
  /** A host name: labels of letters, digits and hyphens, ending in an alphabetic top-level domain. */
  private static final Pattern DOMAIN = Pattern.compile(
      "(?<![A-Za-z0-9@.-])(?:www\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.(?:[a-z]{2,6})(?![A-Za-z0-9])");
  /** Breadcrumb separators: "首页 > 科技 > 正文", "Home › Technology › AI". */
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s[>›»→]\\s|\\s/\\s");
  private static final int MAX_BREADCRUMB_ITEM_LENGTH = 20;
  /**
   * Where pages offer to share an article: the networks' and messengers' own names (each network's brand), and the
   * words for "share" in Chinese and English.
   */
  private static final Pattern SHARE_TARGET = Pattern.compile(
      "(?i)\\b(facebook|twitter|linkedin|whatsapp|telegram|reddit|email|e-mail|weibo|wechat)\\b|微信|微博|QQ空间|朋友圈|豆瓣");
  private static final Pattern SHARE_WORD = Pattern.compile("(?i)^\\s*(share\\b|分享|转发)");
  private static final int MIN_SHARE_TARGETS = 3;
  /** A copyright notice: the sign, or the words, on a short line. */
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)©|\\(c\\)\\s*\\d{4}|\\bcopyright\\s*(©|\\(c\\))?\\s*\\d{4}|all rights reserved|版权所有|版权归.{1,20}所有"
          + "|未经授权.{0,10}(不得|禁止)转载");
  private static final int MAX_CHROME_LINE_LENGTH = 120;
  /**
   * A call to the reader to follow, subscribe, like or scan (点击上方蓝字关注我们, 点个在看, 长按识别二维码, Subscribe to our
   * newsletter, Follow us on …): WeChat accounts and newsletters print these above and below every article.
   */
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "^[\\p{P}\\p{S}\\s]*(?:点击.{0,12}(?:关注|订阅)|关注我们|(?:扫码|扫描二维码|长按(?:识别)?二维码).{0,10}(?:关注|订阅|加入)"
          + "|点个?(?:赞|在看)|一键三连|设为星标|(?i:subscribe\\s+(?:to|now)|sign\\s+up\\s+for|follow\\s+us\\s+on))");
  private static final int MAX_CALL_TO_ACTION_LENGTH = 40;
  /**
   * The heading of a related-reading block (往期推荐, 相关阅读, 热门推荐, Related, Read more) or an end mark (END, （完）):
   * a short line alone that says the article is over.
   */
  private static final Pattern ARTICLE_END = Pattern.compile(
      "^[\\p{P}\\p{S}\\s]*(?:往期(?:推荐|回顾|精选)|相关(?:阅读|推荐|文章|新闻)|推荐阅读|延伸阅读|热门(?:推荐|文章)|猜你喜欢|更多精彩"
          + "|(?i:related(?:\\s+(?:articles|stories|reading))?|read\\s+more|recommended(?:\\s+for\\s+you)?"
          + "|you\\s+may\\s+also\\s+like|more\\s+from\\s+[\\p{L} ]{1,30}|end)|完)[\\p{P}\\p{S}\\s]*$");
  /** Clause punctuation: search-question lines have none, prose has it. */
  private static final Pattern PROSE_PUNCTUATION = Pattern.compile("[,，。；;]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

  private SpamSignals() {}

  static Optional<Verdict> judge(String line) {
    char separator = dominantSeparator(line);
    List<String> items = separator == 0 ? splitOnSpaces(line) : splitOn(line, separator);
    int domains = countDomains(line);
    boolean listed = separator != 0;
    long questions = items.stream().filter(item -> isQuestion(item, listed)).count();
    if (domains >= MIN_DOMAINS && domains >= MIN_DOMAINS_PER_ITEM * items.size()) {
      return Optional.of(new Verdict("SEO link farm", "SEO link farm: " + domains + " domain names (e.g. "
          + firstDomain(line) + ") in " + items.size() + " items, " + questions + " of them questions", true));
    }
    if (separator != 0 && items.size() >= MIN_LIST_ITEMS && meanLength(items) <= MAX_MEAN_ITEM_LENGTH) {
      if (questions >= MIN_QUESTION_SHARE * items.size()) {
        return Optional.of(new Verdict("SEO question list", "SEO question list: " + items.size() + " '" + separator
            + "'-separated items, " + questions + " of them questions", true));
      }
      return Optional.of(new Verdict("link list", "link list: " + items.size() + " '" + separator
          + "'-separated short items (navigation, tags or related links)", false));
    }
    if (separator == 0 && !PROSE_PUNCTUATION.matcher(line).find()
        && questions >= MIN_SPACED_QUESTIONS && questions >= MIN_QUESTION_SHARE * items.size()) {
      return Optional.of(new Verdict("SEO question list", "SEO question list: " + questions + " of "
          + items.size() + " space-separated items are search questions (什么/怎么/为什么 templates)", true));
    }
    return pageChrome(line);
  }

  /**
   * Breadcrumbs, sharing bars, calls to follow, end marks and related-reading headings, copyright notices: short
   * lines that pages put around every article.
   */
  private static Optional<Verdict> pageChrome(String line) {
    String text = line.strip();
    if (text.length() > MAX_CHROME_LINE_LENGTH) {
      return Optional.empty();
    }
    String[] crumbs = BREADCRUMB_SEPARATOR.split(text);
    if (crumbs.length >= 3 && !PROSE_PUNCTUATION.matcher(text).find()
        && Arrays.stream(crumbs).allMatch(c -> !c.isBlank() && c.strip().length() <= MAX_BREADCRUMB_ITEM_LENGTH)) {
      return Optional.of(new Verdict("breadcrumb", "breadcrumb: " + crumbs.length + " items joined by '>'-style"
          + " separators (site navigation)", false));
    }
    Matcher targets = SHARE_TARGET.matcher(text);
    int shareTargets = 0;
    while (targets.find()) {
      shareTargets++;
    }
    boolean prose = PROSE_PUNCTUATION.matcher(text).find();
    if (!prose && (shareTargets >= MIN_SHARE_TARGETS || (shareTargets >= 1 && SHARE_WORD.matcher(text).find()))) {
      return Optional.of(new Verdict("sharing bar", "sharing bar: " + shareTargets
          + " social networks or messengers named on one short line", false));
    }
    if (text.length() <= MAX_CALL_TO_ACTION_LENGTH && CALL_TO_ACTION.matcher(text).find()) {
      return Optional.of(new Verdict("call to action", "call to action: a short line asking the reader to follow,"
          + " subscribe or like (page chrome)", false));
    }
    if (ARTICLE_END.matcher(text).matches()) {
      return Optional.of(new Verdict("end of article", "end of article: an end mark or the heading of a"
          + " related-reading block", false));
    }
    if (COPYRIGHT.matcher(text).find()) {
      return Optional.of(new Verdict("copyright notice", "copyright notice: a short line with a copyright sign or"
          + " words (a page footer)", false));
    }
    return Optional.empty();
  }

  private static char dominantSeparator(String line) {
    char best = 0;
    long bestCount = 2; // a title such as "A | B" is not a list
    for (char s : SEPARATORS.toCharArray()) {
      long n = line.chars().filter(c -> c == s).count();
      if (n > bestCount) {
        best = s;
        bestCount = n;
      }
    }
    return best;
  }

  private static List<String> splitOn(String line, char separator) {
    List<String> items = new ArrayList<>();
    for (String item : line.split(Pattern.quote(String.valueOf(separator)))) {
      String t = item.strip();
      if (!t.isEmpty()) {
        items.add(t);
      }
    }
    return items;
  }

  private static List<String> splitOnSpaces(String line) {
    List<String> items = new ArrayList<>();
    for (String item : SPACES.split(line.strip())) {
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }

  /**
   * A search-style question. Latin questions count only as items of a '|' list: split on spaces, Latin text gives
   * words, not items. Chinese text has no spaces between words, so there a space does separate items.
   */
  private static boolean isQuestion(String item, boolean listed) {
    String withoutDomains = DOMAIN.matcher(item).replaceAll("");
    if (!listed && withoutDomains.codePoints().filter(Scripts::isHan).count() < MIN_QUERY_HAN) {
      return false; // a lone 为什么 between spaces is a clause of prose, not a search query
    }
    return CHINESE_QUESTION.matcher(withoutDomains).find()
        || (listed && LATIN_QUESTION.matcher(withoutDomains).matches());
  }

  private static int countDomains(String line) {
    int n = 0;
    Matcher m = DOMAIN.matcher(line);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String firstDomain(String line) {
    Matcher m = DOMAIN.matcher(line);
    return m.find() ? m.group() : "";
  }

  private static double meanLength(List<String> items) {
    return items.stream().mapToInt(String::length).average().orElse(0);
  }
}
