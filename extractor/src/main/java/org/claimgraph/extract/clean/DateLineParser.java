package org.claimgraph.extract.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication-date line: a line that is a date (2023.10.19, 2023-10-19, 2023/10/19, 2023年10月19日,
 * October 19, 2023, 19 October 2023), possibly with a time, a weekday and a short label such as 发布时间 or Published.
 */
final class DateLineParser {
  /** What may stand beside the date on a date line; more than this and the line is something else. */
  private static final int MAX_OTHER_CHARS = 16;

  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![0-9.])((?:19|20)\\d{2})\\s*[.\\-/年]\\s*(\\d{1,2})\\s*[.\\-/月]\\s*(\\d{1,2})(?:\\s*日)?(?![0-9])");
  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?i)\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\.?,?\\s+((?:19|20)\\d{2})\\b");
  /** Times, weekdays, labels and punctuation that a date line may carry. */
  private static final Pattern DATE_LINE_EXTRAS = Pattern.compile(
      "(?i)\\d{1,2}:\\d{2}(?::\\d{2})?|[上下]午|星期[一二三四五六日天]|周[一二三四五六日]"
          + "|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
          + "|\\b(?:am|pm|utc|gmt|cst|est|pst|updated|published|posted|on)\\b"
          + "|发布时间|发布日期|发表时间|发布于|更新时间|时间|日期|[\\s\\p{Punct}：，、（）()【】\\[\\]|｜]");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
  private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private DateLineParser() {}

  /** A date with where it stands in the line. */
  record Found(LocalDate date, int begin, int end) {}

  /** The first valid date anywhere in the line. */
  static Optional<Found> find(String line) {
    Matcher m = NUMERIC.matcher(line);
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), m.start(), m.end()));
      }
    }
    m = MONTH_FIRST.matcher(line);
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(3), month(m.group(1)), m.group(2));
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), m.start(), m.end()));
      }
    }
    m = DAY_FIRST.matcher(line);
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(3), month(m.group(2)), m.group(1));
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  /** The date, when the line is a date line: little else beside the date. */
  static Optional<LocalDate> dateLine(String line) {
    Optional<Found> found = find(line);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String rest = line.substring(0, found.get().begin()) + " " + line.substring(found.get().end());
    if (SENTENCE_END.matcher(rest).find()) {
      return Optional.empty();
    }
    String other = DATE_LINE_EXTRAS.matcher(rest).replaceAll("");
    return other.length() <= MAX_OTHER_CHARS ? Optional.of(found.get().date()) : Optional.empty();
  }

  private static String month(String name) {
    return String.valueOf(MONTH_NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
