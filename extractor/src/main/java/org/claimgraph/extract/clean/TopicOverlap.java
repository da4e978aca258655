package org.claimgraph.extract.clean;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a line's vocabulary the rest of the article shares. A line injected into a page (an advert, a sentence
 * from another article) shares almost none; every paragraph of a real article shares a good part.
 *
 * <p>The vocabulary is content units: Chinese character bigrams without function characters (的, 是, 在 …, so that
 * grammar alone does not count as shared topic), and Latin words of three or more letters without stop words.
 */
final class TopicOverlap {
  /** Below this many units a line is too short to judge. */
  static final int MIN_UNITS = 5;
  /** Below this many units in the rest of the article there is nothing to compare with. */
  static final int MIN_ARTICLE_UNITS = 40;

  /** Chinese function characters: particles, pronouns, prepositions, conjunctions, common auxiliaries. */
  private static final String FUNCTION_CHARS = "的了是在和与也都就而及或把被将其这那之为以于中上下个一不有从对到由等着们他她它我你";
  private static final Set<String> STOP_WORDS = Set.of(
      "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
      "has", "have", "this", "that", "with", "from", "they", "will", "would", "there", "their", "them", "what",
      "which", "when", "who", "been", "more", "than", "into", "its", "also", "about", "some", "such", "only",
      "other", "these", "those", "his", "she", "him", "how", "now", "new", "said", "says", "say", "just", "like",
      "very", "most", "much", "many", "over", "after", "before", "could", "should", "may", "might", "each",
      "while", "where", "why", "here", "then", "were", "being", "because", "does", "did", "doing", "own", "same",
      "both", "few", "off", "too", "yet", "via", "per", "get", "got", "make", "made", "your", "yours", "ours");
  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

  private final Map<String, Integer> linesWithUnit = new HashMap<>();

  /** @param articleLines the lines that make up the article as far as it is known (title and body candidates) */
  TopicOverlap(Collection<String> articleLines) {
    for (String line : articleLines) {
      for (String unit : units(line)) {
        linesWithUnit.merge(unit, 1, Integer::sum);
      }
    }
  }

  /**
   * The share of the line's units found in other lines of the article, or empty when the line or the article is too
   * small to judge.
   *
   * @param lineIsInArticle whether the line was one of the article lines (its own units are then discounted)
   */
  OptionalDouble overlap(String line, boolean lineIsInArticle) {
    Set<String> units = units(line);
    int articleUnits = linesWithUnit.size() - (lineIsInArticle ? ownUnits(units) : 0);
    if (units.size() < MIN_UNITS || articleUnits < MIN_ARTICLE_UNITS) {
      return OptionalDouble.empty();
    }
    int shared = 0;
    for (String unit : units) {
      int others = linesWithUnit.getOrDefault(unit, 0) - (lineIsInArticle ? 1 : 0);
      if (others > 0) {
        shared++;
      }
    }
    return OptionalDouble.of((double) shared / units.size());
  }

  /** The share of a line's units found in the article, with no minimum size (0 for a line without units). */
  double share(String line) {
    Set<String> units = units(line);
    return units.isEmpty() ? 0 : (double) units.stream().filter(linesWithUnit::containsKey).count() / units.size();
  }

  /** Units only this line has. */
  private int ownUnits(Set<String> units) {
    int own = 0;
    for (String unit : units) {
      if (linesWithUnit.getOrDefault(unit, 0) == 1) {
        own++;
      }
    }
    return own;
  }

  static Set<String> units(String text) {
    Set<String> units = new HashSet<>();
    Matcher han = HAN_RUN.matcher(text);
    while (han.find()) {
      String run = han.group();
      for (int i = 0; i + 1 < run.length(); i++) {
        char a = run.charAt(i);
        char b = run.charAt(i + 1);
        if (FUNCTION_CHARS.indexOf(a) < 0 && FUNCTION_CHARS.indexOf(b) < 0) {
          units.add(run.substring(i, i + 2));
        }
      }
    }
    Matcher latin = LATIN_WORD.matcher(text);
    while (latin.find()) {
      String word = latin.group().toLowerCase(Locale.ROOT);
      if (!STOP_WORDS.contains(word)) {
        boolean plural = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss");
        units.add(plural ? word.substring(0, word.length() - 1) : word);
      }
    }
    return units;
  }
}
