package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.lexicon.CompoundSurnames;

/**
 * The pass of {@link LayeredMentionFinder} that reads the outlet a news page prints on its date line, after the date
 * (2024-03-05 09:12 某某新闻·某某日报, 发布日期 2019-06-01 · 某某网络) or right before it (某某 2024-12-24 11:20). News
 * sites print the date and the publishing outlet together in the header (a press convention of crediting, as in a
 * source line); a person's name there is the author, and a place is the dateline's place.
 */
final class DateLineOutlets {
  private DateLineOutlets() {}

  /**
   * A numeric date (2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日), a clock time, a time ago (3年前, 2小时前), a
   * weekday, a time zone.
   */
  private static final String DATE = "(?:19|20)\\d{2}\\s*[.\\-/年]\\s*\\d{1,2}\\s*[.\\-/月]\\s*\\d{1,2}(?:\\s*日)?";
  private static final Pattern CHROME = Pattern.compile("(?:" + DATE + "|\\d{1,2}:\\d{2}(?::\\d{2})?|[上下]午"
      + "|\\d+\\s*(?:年|个月|個月|周|週|天|日|小时|小時|分钟|分鐘|秒)(?:前|后|後|以前|以後)"
      + "|星期[一二三四五六日天]|[周週][一二三四五六日]|\\b[A-Z]{2,4}\\b|(?i:\\b(?:am|pm)\\b)"
      // a space, a full stop or an ampersand inside a Latin name is the name's (The Verge, Example.com, A&B)
      + "|\\s(?![A-Za-z])|(?<![A-Za-z])\\s|\\.(?![A-Za-z0-9])|[\\p{Punct}&&[^.&'’]]|[·・•：，、（）【】｜丨—–])+");
  private static final Pattern DATE_ONLY = Pattern.compile(DATE);
  /** Labels and page furniture a date line also carries, which name nothing: 阅读, 发布日期, 北京时间. */
  private static final Pattern LABEL = Pattern.compile("(?:发布|發布|发表|發表|更新|阅读|閱讀|浏览|瀏覽|评论|評論|点击|點擊|"
      + "分享|收藏|字号|字號|打印|来源|來源|出处|出處|作者|编辑|編輯|责编|責編|记者|記者|原创|原創|转载|轉載|时间|時間|日期|"
      + "北京时间|北京時間|当地时间|當地時間)\\S*");
  /** The head of an outlet's name, which lets a short run count: 某某报, 某某网, 某某社, 某某新闻. */
  private static final Pattern MEDIA_HEAD = Pattern.compile(".*(?:报|報|网|網|社|刊|台|新闻|新聞|财经|財經|媒体|媒體|"
      + "资讯|資訊|日报|日報)$");
  private static final Pattern HAN_ONLY = Pattern.compile("\\p{IsHan}+");
  /** What CoreNLP tags a place or a person with; such a run is the dateline's place or the author. */
  private static final Set<String> NOT_OUTLET_NER = Set.of("PERSON", "GPE", "LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "FACILITY");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Paragraph p : doc.document().paragraphs()) {
      if (p.role() != Paragraph.Role.DATE) {
        continue;
      }
      String line = p.span().of(text);
      Matcher date = DATE_ONLY.matcher(line);
      if (!date.find()) {
        continue;
      }
      int dateBegin = date.start();
      int dateEnd = date.end();
      Matcher chrome = CHROME.matcher(line);
      int at = 0;
      while (at < line.length()) {
        int runEnd = chrome.find(at) ? chrome.start() : line.length();
        if (runEnd > at) {
          // a run after the date, or one that opens the line right before it (某某 2024-12-24)
          boolean afterDate = at >= dateEnd;
          boolean openingBeforeDate = at == 0 && line.substring(runEnd, dateBegin).isBlank();
          if ((afterDate || openingBeforeDate) && isOutletName(line, at, runEnd)) {
            Span span = new Span(p.span().begin() + at, p.span().begin() + runEnd);
            // an outlet's head word outweighs a place's tags: a paper is often named after its place (某省日报); a
            // person's name opening the run is the author's, glued to the outlet's where no one can tell where it ends
            if (!opensWithPerson(doc, span) && (MEDIA_HEAD.matcher(span.of(text)).matches()
                || !taggedPlaceOrPerson(doc, span))) {
              LayeredMentionFinder.add(accepted, doc, span, EntityType.MEDIA_ORGANIZATION, Mention.Source.PATTERN);
            }
          }
        }
        if (runEnd >= line.length()) {
          break;
        }
        at = chrome.end();
      }
    }
  }

  /**
   * A run that can be an outlet's name: not a label (发布时间) nor a labelled value (作者：X), not a person's name
   * (a family name and one or two characters), and a Chinese run of two or three characters only with an outlet's head
   * (某某网, 某某社).
   */
  private static boolean isOutletName(String line, int begin, int end) {
    String run = line.substring(begin, end);
    boolean labelled = begin > 0 && ":：".indexOf(line.charAt(begin - 1)) >= 0
        || end < line.length() && ":：".indexOf(line.charAt(end)) >= 0;
    if (labelled || run.length() < 2 || run.length() > 12 || LABEL.matcher(run).matches()
        || run.chars().allMatch(Character::isDigit)) {
      return false;
    }
    if (HAN_ONLY.matcher(run).matches()) {
      // four characters name a person only with a two-character family name (欧阳某某), five never do
      return MEDIA_HEAD.matcher(run).matches() || run.length() > 4
          || run.length() == 4 && !CompoundSurnames.opens(Languages.simplified(run));
    }
    return true;
  }

  private static boolean opensWithPerson(AnnotatedDocument doc, Span span) {
    for (AnnotatedSentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (t.span().begin() == span.begin() && "PERSON".equals(t.ner())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean taggedPlaceOrPerson(AnnotatedDocument doc, Span span) {
    for (AnnotatedSentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (t.span().overlaps(span) && NOT_OUTLET_NER.contains(t.ner())) {
          return true;
        }
      }
    }
    return false;
  }
}
