package org.claimgraph.extract.eval;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys names and literals are compared by, so that surface differences of no meaning
 * (full-width letters, case, spaces, hyphens, book-title marks, number notation) do not count as errors.
 */
public final class MatchKey {
  /** Whitespace, hyphens and dashes used inside names, and the 《》〈〉 title marks. */
  private static final Pattern NAME_NOISE =
      Pattern.compile("[\\s\\u00A0\\u3000\\-\\u2010\\u2011\\u2012\\u2013\\u2212\\uFE63\\u300A\\u300B\\u3008\\u3009]+");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(?:[-/]|年)(\\d{1,2})月?");
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private MatchKey() {}

  /** NFKC, case-folded, without spaces, hyphens and 《》: "Open-AI", "ＯｐｅｎＡＩ" and "open ai" all give "openai". */
  public static String name(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NAME_NOISE.matcher(folded).replaceAll("");
  }

  /**
   * A literal's comparison key: dates as ISO ({@code 2023-03}, {@code 2023-10-19}, {@code 2015}), numbers in plain
   * notation without trailing zeros ({@code 7e9} and {@code 7000000000} both give {@code 7000000000}), anything
   * else as a {@link #name}.
   */
  public static String literal(String literal) {
    String s = Normalizer.normalize(literal, Normalizer.Form.NFKC).strip();
    if (s.endsWith("Z")) {
      s = s.substring(0, s.length() - 1); // xsd timezone marker on gYear / gYearMonth / date
    }
    Matcher m = DATE.matcher(s);
    if (m.matches()) {
      return m.group(1) + "-" + twoDigits(m.group(2)) + "-" + twoDigits(m.group(3));
    }
    m = YEAR_MONTH.matcher(s);
    if (m.matches()) {
      return m.group(1) + "-" + twoDigits(m.group(2));
    }
    m = YEAR.matcher(s);
    if (m.matches()) {
      return m.group(1);
    }
    String digits = s.replace(",", "").replace("_", "");
    if (NUMBER.matcher(digits).matches()) {
      BigDecimal value = new BigDecimal(digits);
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
    return name(s);
  }

  private static String twoDigits(String n) {
    return n.length() == 1 ? "0" + n : n;
  }
}
