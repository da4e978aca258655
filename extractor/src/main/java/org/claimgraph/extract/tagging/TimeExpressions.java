package org.claimgraph.extract.tagging;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * Finds the dates news text writes and resolves them against the article's date: {@code 2015年} → 2015,
 * {@code 2023年3月} and {@code 今年三月} → 2023-03, {@code 7月} and {@code 三月末} → that month of the article's year
 * (of the year beside it across New Year), {@code 这个月} → the article's month, {@code 上个月} → the month before,
 * {@code 2023年10月19日} → 2023-10-19. Words such as 目前 or 未来 are not dates; English dates are 2 November 2023,
 * May 2024 and a year after a preposition (in 2022). Relative forms need the article's date; without it only absolute
 * ones resolve.
 */
public final class TimeExpressions {
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  public static final String G_YEAR = XSD + "gYear";
  public static final String G_YEAR_MONTH = XSD + "gYearMonth";
  public static final String DATE = XSD + "date";

  /** A found date: where it is, its value as XSD lexical form, and the XSD datatype IRI. */
  public record TimeExpression(Span span, String lexical, String datatype) {}

  private static final String CN_MONTH = "(?:十一|十二|十|[一二三四五六七八九])";
  private static final String MONTH = "(\\d{1,2}|" + CN_MONTH + ") ?月(?:份)?(?:初|中旬|上旬|下旬|中|末|底)?";
  private static final String YEAR_WORD = "(今年|去年|明年|前年|本年)";
  private static final Map<String, Integer> YEAR_OFFSET = Map.of("今年", 0, "本年", 0, "去年", -1, "明年", 1, "前年", -2);
  private static final Map<String, Integer> MONTH_OFFSET = Map.of(
      "这个月", 0, "本月", 0, "当月", 0, "上个月", -1, "上月", -1, "下个月", 1, "下月", 1);
  private static final List<String> CN_MONTHS =
      List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");

  // English month names and their usual abbreviations (Sept. as well as Sep.); matched case-sensitively, as written.
  private static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final String EN_MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

  private enum Kind {
    EN_DAY_MONTH_YEAR, EN_MONTH_DAY_YEAR, EN_MONTH_YEAR, EN_YEAR,
    DAY, DAY_NUMERIC, YEAR_MONTH, RELATIVE_YEAR_MONTH, RELATIVE_MONTH, YEAR, RELATIVE_YEAR, MONTH_DAY, BARE_MONTH
  }

  private record Shape(Kind kind, Pattern pattern) {}

  // Most specific first; a later shape never claims text an earlier one took.
  private static final List<Shape> SHAPES = List.of(
      // English: 2 November 2023; November 2, 2023; May 2024.
      new Shape(Kind.EN_DAY_MONTH_YEAR,
          Pattern.compile("(?<![\\d.])(\\d{1,2}) " + EN_MONTH + ",? (\\d{4})(?!\\d)")),
      new Shape(Kind.EN_MONTH_DAY_YEAR,
          Pattern.compile("\\b" + EN_MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)")),
      new Shape(Kind.EN_MONTH_YEAR, Pattern.compile("\\b" + EN_MONTH + ",? (\\d{4})(?!\\d)")),
      // English: a year after a preposition of time (founded in 2022, since 2019, by the end of 2017, early 2024); a
      // bare number is not one, nor a count (in 2000 units), a decade (in 1990s) or a number with separators.
      new Shape(Kind.EN_YEAR, Pattern.compile(
          "(?<=\\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|of|until|[Dd]uring|[Ee]arly|[Ll]ate) )((?:19|20)\\d{2})"
              + "(?![\\d,.%]\\d|s\\b| ?(?:(?!its\\b)[A-Za-z]{2,}s|people|percent)\\b)")),
      // Chinese dates, also as some sites space them: 2025 年 8 月 7 日.
      new Shape(Kind.DAY, Pattern.compile("(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?[日号]")),
      new Shape(Kind.DAY_NUMERIC, Pattern.compile("(?<![\\d.])(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?![\\d.])")),
      new Shape(Kind.YEAR_MONTH, Pattern.compile("(\\d{4}) ?年 ?" + MONTH)),
      new Shape(Kind.RELATIVE_YEAR_MONTH, Pattern.compile(YEAR_WORD + MONTH)),
      new Shape(Kind.RELATIVE_MONTH, Pattern.compile("(这个月|本月|当月|上个月|上月|下个月|下月)")),
      new Shape(Kind.YEAR, Pattern.compile("(?<!\\d)(\\d{4}) ?年(?!代)")),
      new Shape(Kind.RELATIVE_YEAR, Pattern.compile(YEAR_WORD)),
      // A bare month: not a duration (六个月), not part of a longer number.
      // A day without a year (6月15日), as news dates this year's events.
      new Shape(Kind.MONTH_DAY, Pattern.compile("(?<![\\d个几多年])(\\d{1,2}) ?月 ?(\\d{1,2}) ?[日号]")),
      new Shape(Kind.BARE_MONTH, Pattern.compile("(?<![\\d个几多年])" + MONTH)));

  /** How far from the article's month a month without a year may lie before it is read in the year beside. */
  private static final int FAR_MONTHS = 9;

  private TimeExpressions() {}

  /** Every resolvable date in {@code text}, in order; {@code offset} is added to the spans. */
  public static List<TimeExpression> find(String text, int offset, Optional<LocalDate> articleDate) {
    List<TimeExpression> found = new ArrayList<>();
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern().matcher(text);
      while (m.find()) {
        Span span = new Span(offset + m.start(), offset + m.end());
        if (found.stream().anyMatch(f -> f.span().overlaps(span))) {
          continue;
        }
        resolve(shape.kind(), m, articleDate).ifPresent(v -> found.add(new TimeExpression(span, v[0], v[1])));
      }
    }
    found.sort(Comparator.comparing(TimeExpression::span));
    return found;
  }

  /** The value of a text that is (or holds) a date, e.g. a matched token group. */
  public static Optional<TimeExpression> resolve(String text, Optional<LocalDate> articleDate) {
    List<TimeExpression> all = find(text, 0, articleDate);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static Optional<String[]> resolve(Kind kind, Matcher m, Optional<LocalDate> articleDate) {
    try {
      switch (kind) {
        case EN_DAY_MONTH_YEAR -> {
          return Optional.of(new String[] {LocalDate.of(Integer.parseInt(m.group(3)), englishMonth(m.group(2)),
              Integer.parseInt(m.group(1))).toString(), DATE});
        }
        case EN_MONTH_DAY_YEAR -> {
          return Optional.of(new String[] {LocalDate.of(Integer.parseInt(m.group(3)), englishMonth(m.group(1)),
              Integer.parseInt(m.group(2))).toString(), DATE});
        }
        case EN_MONTH_YEAR -> {
          return Optional.of(yearMonth(YearMonth.of(Integer.parseInt(m.group(2)), englishMonth(m.group(1)))));
        }
        case DAY, DAY_NUMERIC -> {
          LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
          return Optional.of(new String[] {d.toString(), DATE});
        }
        case YEAR_MONTH -> {
          return month(m.group(2)).map(mo -> yearMonth(YearMonth.of(Integer.parseInt(m.group(1)), mo)));
        }
        case RELATIVE_YEAR_MONTH -> {
          if (articleDate.isEmpty()) {
            return Optional.empty();
          }
          int year = articleDate.get().getYear() + YEAR_OFFSET.get(m.group(1));
          return month(m.group(2)).map(mo -> yearMonth(YearMonth.of(year, mo)));
        }
        case RELATIVE_MONTH -> {
          return articleDate.map(d -> yearMonth(YearMonth.from(d).plusMonths(MONTH_OFFSET.get(m.group(1)))));
        }
        case YEAR, EN_YEAR -> {
          return Optional.of(new String[] {m.group(1), G_YEAR});
        }
        case RELATIVE_YEAR -> {
          return articleDate.map(d -> new String[] {
              String.valueOf(d.getYear() + YEAR_OFFSET.get(m.group(1))), G_YEAR});
        }
        case MONTH_DAY -> {
          if (articleDate.isEmpty()) {
            return Optional.empty();
          }
          return nearArticle(articleDate.get(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
              .map(d -> new String[] {d.toString(), DATE});
        }
        case BARE_MONTH -> {
          if (articleDate.isEmpty()) {
            return Optional.empty();
          }
          return month(m.group(1)).map(mo -> yearMonth(nearArticle(YearMonth.from(articleDate.get()), mo)));
        }
        default -> throw new IllegalStateException(kind.toString());
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // 2023年13月 and the like
    }
  }

  /**
   * A month without a year: the article's year, as news reports months of the current year, unless that puts it more
   * than {@value #FAR_MONTHS} months from the article, across the turn of a year (December in a January article is the
   * December before it; January in a December article, the January after).
   */
  private static YearMonth nearArticle(YearMonth article, int month) {
    YearMonth same = YearMonth.of(article.getYear(), month);
    long apart = ChronoUnit.MONTHS.between(article, same);
    return apart > FAR_MONTHS ? same.minusYears(1) : apart < -FAR_MONTHS ? same.plusYears(1) : same;
  }

  /** A day without a year: as a month without one, the year that keeps it near the article's date. */
  private static Optional<LocalDate> nearArticle(LocalDate article, int month, int day) {
    YearMonth year = nearArticle(YearMonth.from(article), month);
    return year.isValidDay(day) ? Optional.of(year.atDay(day)) : Optional.empty();
  }

  private static String[] yearMonth(YearMonth ym) {
    return new String[] {ym.toString(), G_YEAR_MONTH};
  }

  /** 1-12 for an English month name or abbreviation matched by {@link #EN_MONTH}. */
  private static int englishMonth(String name) {
    for (int i = 0; i < EN_MONTHS.size(); i++) {
      if (EN_MONTHS.get(i).startsWith(name)) {
        return i + 1;
      }
    }
    throw new IllegalStateException(name);
  }

  private static Optional<Integer> month(String s) {
    int n = s.chars().allMatch(Character::isDigit) ? Integer.parseInt(s) : CN_MONTHS.indexOf(s) + 1;
    return n >= 1 && n <= 12 ? Optional.of(n) : Optional.empty();
  }
}
