package org.claimgraph.extract.relation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers news text writes: {@code 5000}, {@code 70亿}, {@code 1.5万}, {@code 一万多}, {@code 七十亿},
 * {@code 175B}, {@code 7 billion}, {@code one-trillion}, {@code 超过5000人}. Approximations (多, 余, 超过) give the
 * number written, the lower bound the text commits to.
 */
public final class Quantities {
  private static final Map<Character, Integer> DIGITS = Map.ofEntries(
      Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2),
      Map.entry('三', 3), Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7),
      Map.entry('八', 8), Map.entry('九', 9));
  private static final Map<Character, Long> SMALL_UNITS = Map.of('十', 10L, '百', 100L, '千', 1000L);
  private static final Map<String, BigDecimal> LARGE_UNITS = Map.of(
      "万", new BigDecimal("1e4"), "亿", new BigDecimal("1e8"), "万亿", new BigDecimal("1e12"));
  private static final Map<String, BigDecimal> LATIN_UNITS = Map.of(
      "k", new BigDecimal("1e3"), "thousand", new BigDecimal("1e3"),
      "m", new BigDecimal("1e6"), "mn", new BigDecimal("1e6"), "million", new BigDecimal("1e6"),
      "b", new BigDecimal("1e9"), "bn", new BigDecimal("1e9"), "billion", new BigDecimal("1e9"),
      "t", new BigDecimal("1e12"), "trillion", new BigDecimal("1e12"));
  /** Arabic digits with an optional Chinese or English magnitude: 70亿, 1.5万, 175B, 7 billion, 70-billion(-parameter). */
  private static final Pattern ARABIC = Pattern.compile(
      "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:-(?=thousand|million|billion|trillion))?\\s*(万亿|亿|万|thousand|million|billion|trillion|bn|mn|[kmbt])?(?![a-z])",
      Pattern.CASE_INSENSITIVE);
  /** English number words below a hundred, for a count written before its magnitude (one-trillion, seventy billion). */
  private static final List<String> ENGLISH_ONES = List.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen");
  private static final List<String> ENGLISH_TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
      "seventy", "eighty", "ninety");
  /** A count in words with its magnitude: one-trillion, two hundred billion, twenty-five million. */
  private static final Pattern ENGLISH = Pattern.compile("\\b(?:(" + String.join("|", ENGLISH_TENS.subList(2, 10))
      + ")(?:[-\\s]+(" + String.join("|", ENGLISH_ONES.subList(1, 10)) + "))?|(" + String.join("|", ENGLISH_ONES)
      + "))(?:[-\\s]+(hundred))?[-\\s]+(thousand|million|billion|trillion)\\b");
  private static final Pattern CHINESE = Pattern.compile("[零〇一二两三四五六七八九十百千]+(?:万亿|亿|万)?(?:[零〇一二两三四五六七八九十百千]+(?:万亿|亿|万)?)*");

  private Quantities() {}

  /** The first number in {@code text}, if there is one. */
  public static Optional<BigDecimal> parse(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Matcher a = ARABIC.matcher(s);
    if (a.find()) {
      BigDecimal n = new BigDecimal(a.group(1).replace(",", ""));
      if (a.group(2) != null) {
        BigDecimal unit = LARGE_UNITS.getOrDefault(a.group(2), LATIN_UNITS.get(a.group(2)));
        n = n.multiply(unit);
        // 1.5万亿 is 1.5e12 and 3万 is 3e4; a trailing 万 after 亿 was consumed by the alternation order above.
      }
      return Optional.of(n.stripTrailingZeros());
    }
    Matcher e = ENGLISH.matcher(s);
    if (e.find()) {
      long words = e.group(1) != null
          ? ENGLISH_TENS.indexOf(e.group(1)) * 10L + (e.group(2) == null ? 0 : ENGLISH_ONES.indexOf(e.group(2)))
          : ENGLISH_ONES.indexOf(e.group(3));
      long count = e.group(4) == null ? words : words * 100;
      BigDecimal n = BigDecimal.valueOf(count).multiply(LATIN_UNITS.get(e.group(5)));
      return Optional.of(n.stripTrailingZeros());
    }
    Matcher c = CHINESE.matcher(s);
    while (c.find()) {
      Optional<BigDecimal> n = chinese(c.group());
      if (n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }

  /** 七十亿 = 7e9, 一万 = 1e4, 一百二十 = 120, 三千五百万 = 3.5e7. */
  static Optional<BigDecimal> chinese(String s) {
    BigDecimal total = BigDecimal.ZERO;
    long section = 0;
    long number = -1;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (DIGITS.containsKey(ch)) {
        number = DIGITS.get(ch);
        any = true;
      } else if (SMALL_UNITS.containsKey(ch)) {
        section += (number < 0 ? 1 : number) * SMALL_UNITS.get(ch);
        number = -1;
        any = true;
      } else if (ch == '万' || ch == '亿') {
        String unit = ch == '万' && i + 1 < s.length() && s.charAt(i + 1) == '亿' ? "万亿" : String.valueOf(ch);
        if (unit.length() == 2) {
          i++;
        }
        section += Math.max(number, 0);
        number = -1;
        total = total.add(BigDecimal.valueOf(section == 0 ? 1 : section)).multiply(LARGE_UNITS.get(unit));
        section = 0;
        any = true;
      } else {
        return Optional.empty();
      }
    }
    if (!any) {
      return Optional.empty();
    }
    total = total.add(BigDecimal.valueOf(section + Math.max(number, 0)));
    return total.signum() == 0 && !s.matches("[零〇]") ? Optional.empty() : Optional.of(total.stripTrailingZeros());
  }
}
