package org.claimgraph.extract.entity;

import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * The words around a company's name that use it for the platform or the tool the company runs: people post on it
 * (在推特上写道, 在某站发布视频, 在某乎讨论, posted to Twitter, took to X), it holds posts and accounts (推特帖子, X账号, a
 * Twitter thread), or the text calls it a tool (某某等工具, 某某只不过是另一种工具, 某公司推出的某某). Guidelines §3.1: a
 * platform or an application is a {@code PRODUCT}, so a document that uses the name so, and never for the business,
 * names the product. Decided by the words around the name, never by the name.
 */
final class PlatformUses {
  private PlatformUses() {}

  /** Verbs of putting content on a platform, in either script: 写道, 表示, 发帖, 讨论, 更新, 疯传. */
  private static final String CHINESE_POSTING = "(?:写道|寫道|表示|称|稱|说|說|发帖|發帖|发文|發文|分享|贴出|貼出|晒出|曬出|讨论|討論|"
      + "更新|评论|評論|留言|直播|上传|上傳|转发|轉發|疯传|瘋傳|流传|流傳|走红|走紅|发言|發言)";
  /** The verbs that need no 上 after the name (在某乎讨论): 表示 or 称 there would be said at the place, not posted. */
  private static final String CHINESE_POSTING_THERE = "(?:发帖|發帖|发文|發文|讨论|討論|更新|评论|評論|留言|直播|上传|上傳|转发|轉發|"
      + "晒出|曬出)";
  /** Adverbs that may stand between the platform and the verb: 在微博持续更新, 在某站也发布. */
  private static final String CHINESE_ADVERB = "(?:持续|持續|不断|不斷|经常|經常|公开|公開|也|还|還|曾|曾经|曾經|都)?";
  /** What people post there: 发布视频, 发表文章, 发布教学视频. */
  private static final String CHINESE_CONTENT = "(?:视频|視頻|影片|帖子|文章|动态|動態|推文|图片|圖片|作品|内容|內容|笔记|筆記)";
  /**
   * After 在 + the name: 上 and a posting verb or a comma (在推特上，; 在推特上写道), or the verb itself (在某乎讨论, 在某站发布
   * 教学视频). 在某公司发布新模型后 is a company's act, so 发布 counts only before what people post.
   */
  private static final Pattern CHINESE_ON_PLATFORM = Pattern.compile("^ ?(?:上 ?(?:[，,：:]|" + CHINESE_ADVERB
      + CHINESE_POSTING + "|" + CHINESE_ADVERB + "(?:发布|發布|发表|發表))|" + CHINESE_ADVERB + "(?:"
      + CHINESE_POSTING_THERE + "|(?:发布|發布|发表|發表)\\p{IsHan}{0,6}?" + CHINESE_CONTENT + "))");
  private static final Pattern CHINESE_AT_BEFORE = Pattern.compile("在 ?$");
  /** A platform's posts, accounts and users named after it: 推特帖子, X账号, 某站UP主. */
  private static final Pattern CHINESE_POSTS_AFTER = Pattern.compile(
      "^ ?(?:帖子|帖文|推文|账号|賬號|账户|賬戶|网友|網友|博主|UP主|up主|热搜|熱搜)");
  /** The name called a tool: 某某等工具, 某某只不过是另一种数字艺术工具, 某某是一款软件. */
  private static final Pattern CHINESE_TOOL_AFTER = Pattern.compile(
      "^ ?(?:等(?:工具|软件|軟件|应用|應用)|(?:只不过|只不過|只|就|也)?是[^，。；,;]{0,16}?(?:工具|软件|軟件|应用|應用)(?=[，。；,;！？]|$))");
  /** What a company launched (某公司推出的某某): the product, not the company. */
  private static final Pattern CHINESE_LAUNCHED_BEFORE = Pattern.compile("推出的 ?$");
  /**
   * English posting: posted to Twitter, shared on X, wrote on X, took to X, a thread on X. Not "wrote to" (a letter to
   * the company) and not "went to" (joined it).
   */
  private static final Pattern ENGLISH_ON_PLATFORM = Pattern.compile("\\b(?:(?:post(?:ed|s|ing)?|tweet(?:ed|s|ing)?|"
      + "shar(?:ed|es|ing)) (?:on|to)|(?:wrote|writes|writing|said|says) on|(?:took|takes|taking) to|"
      + "(?:a|the|in|his|her|their) (?:post|video|thread) on) $");
  /** A platform's posts named after it: a Twitter thread, an X post. */
  private static final Pattern ENGLISH_POSTS_AFTER = Pattern.compile("^ (?:posts?|threads?|feed|timeline|handle)\\b");

  /** Whether the words around this mention of a company's name post on it or name its posts and accounts. */
  static boolean namesThePlatform(String text, Span mention) {
    String before = text.substring(Math.max(0, mention.begin() - 30), mention.begin());
    String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 30));
    if (after.startsWith("-")) {
      return false; // Twitter-style, X-like: a modifier of another noun
    }
    return CHINESE_AT_BEFORE.matcher(before).find() && CHINESE_ON_PLATFORM.matcher(after).find()
        || CHINESE_POSTS_AFTER.matcher(after).find()
        || ENGLISH_ON_PLATFORM.matcher(before).find() || ENGLISH_POSTS_AFTER.matcher(after).find();
  }

  /**
   * Whether the words around this mention call the name a tool or a launched product (某某等工具, 某公司推出的某某). News
   * says this loosely of a company too (使用某公司等工具), so it decides only between entries of one name.
   */
  static boolean namesATool(String text, Span mention) {
    String before = text.substring(Math.max(0, mention.begin() - 30), mention.begin());
    String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 30));
    return CHINESE_TOOL_AFTER.matcher(after).find() || CHINESE_LAUNCHED_BEFORE.matcher(before).find();
  }
}
