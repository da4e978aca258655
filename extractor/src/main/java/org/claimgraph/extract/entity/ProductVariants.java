package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that names the variants of a product or model already found: its model code
 * and tier words after it (Galaxy S24 Ultra after Galaxy S24, Nova 12 Pro Max after Nova 12 Pro, Orrin-Mini, Orrin
 * V2.0). Makers name a line's members so, and NER reads the tier word alone as a person (Max) or nothing.
 */
final class ProductVariants {
  private ProductVariants() {}

  /** The tier and size words of a product line or model family: Pro, Max, Ultra, Mini, Lite. */
  private static final String TIER = "(?:Pro|Max|Ultra|Plus|Mini|Lite|Turbo|Flash|Nano|Air)";
  /** A model code after the line's name (S24, X300, V2.0): capitals and digits, or a version with its V. */
  private static final String CODE = "[ -](?!(?:Q|H)[1-4](?!\\d))(?:[A-Z]{1,2}\\d{1,4}[a-z]?|[Vv]\\d{1,2}(?:\\.\\d+)*)"
      + "(?![\\d.]\\d)"; // not a quarter or a half year (Q3, H1)
  /**
   * The variant's words after the found name: a code, then tier words (a hyphen may join a lower-case one: -mini), or
   * a plus; 系列 after a code names the series (Galaxy S24系列). Not a count (V2 万台).
   */
  private static final Pattern VARIANT_SUFFIX = Pattern.compile("^(?<code>" + CODE + ")?(?<series>系列)?"
      + "(?:[ -]" + TIER + "|-(?:mini|lite|pro|max|turbo|flash)|\\+)*(?![A-Za-z0-9])(?! ?[万亿千百台部个款])");
  /** A name that ends in a model code, which 系列 may follow: Galaxy S24. */
  private static final Pattern ENDS_IN_CODE = Pattern.compile(".*[ -][A-Z]{1,2}\\d{1,4}[a-z]?");

  /** A found product or model followed by a code or tier words: the longer name is the variant meant. */
  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention m : List.copyOf(accepted)) {
      if (!isThing(m) || !accepted.contains(m) || !endsInLatin(m.text())) {
        continue;
      }
      Matcher suffix = VARIANT_SUFFIX.matcher(text).region(m.span().end(), text.length());
      if (!suffix.lookingAt() || suffix.end() == m.span().end()
          || suffix.group("code") != null && suffix.group("code").startsWith("-") && m.type() == EntityType.PRODUCT
          || suffix.group("series") != null && (suffix.end() > suffix.end("series")
              || suffix.group("code") == null && !ENDS_IN_CODE.matcher(m.text()).matches())) {
        continue; // a hyphenated code after a product is a part number; 系列 only right after a code, and last
      }
      Span variant = new Span(m.span().begin(), suffix.end());
      LayeredMentionFinder.replaceInside(doc, accepted, variant, m.type(), o -> !o.span().equals(variant));
    }
  }

  private static boolean isThing(Mention m) {
    return m.type() == EntityType.PRODUCT || m.type() == EntityType.AI_MODEL;
  }

  private static boolean endsInLatin(String name) {
    char last = name.charAt(name.length() - 1);
    return last < 128 && Character.isLetterOrDigit(last);
  }
}
