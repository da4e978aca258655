package org.claimgraph.extract.clean;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.OffsetMap;

/**
 * Removes the spaces a page puts between Chinese and Latin letters or digits (使用 GPT-4 的 3 家公司, the spacing many
 * Chinese tech sites type), so the stages read 使用GPT-4的3家公司 as they would on a page without it: names that mix
 * scripts (G7峰会, Kimi智能助手, 2024年) stay whole, and "CEO 张三" reads as "CEO张三".
 *
 * <p>Only on pages that space that way: most Chinese pages write such boundaries without a space, and where they have
 * one it separates (a headline's two clauses, 竞争加剧 AI专家…), so a page's spaces are removed only when most of its
 * boundaries between Han characters and Latin letters or digits have one.
 */
final class ScriptSpacing {
  /** A space (or a no-break space) with a Han character on one side and a Latin letter or digit on the other. */
  private static final Pattern SPACED_BOUNDARY =
      Pattern.compile("(?<=\\p{IsHan})[ \\u00A0](?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \\u00A0](?=\\p{IsHan})");
  private static final Pattern BOUNDARY =
      Pattern.compile("\\p{IsHan}[ \\u00A0]?[A-Za-z0-9]|[A-Za-z0-9][ \\u00A0]?\\p{IsHan}");
  /** A page spaces its scripts when at least this share of its boundaries has a space... */
  static final double MIN_SPACED_SHARE = 0.6;
  /** ... and it has at least this many spaced boundaries, so one headline's separators never decide. */
  static final int MIN_SPACED_BOUNDARIES = 4;

  private ScriptSpacing() {}

  /** Whether the page whose article lines these are spaces its scripts. */
  static boolean spacesScripts(List<String> lines) {
    int boundaries = 0;
    int spaced = 0;
    for (String line : lines) {
      Matcher boundary = BOUNDARY.matcher(line);
      int from = 0;
      while (boundary.find(from)) {
        boundaries++;
        if (boundary.end() - boundary.start() == 3) {
          spaced++;
        }
        from = boundary.end() - 1; // the next boundary may share this one's last character
      }
    }
    return spaced >= MIN_SPACED_BOUNDARIES && spaced >= MIN_SPACED_SHARE * boundaries;
  }

  /** {@code line} without its spaces between Han characters and Latin letters or digits. */
  static RepairedLine unspaced(String line) {
    Matcher space = SPACED_BOUNDARY.matcher(line);
    StringBuilder text = new StringBuilder(line.length());
    int[] toLine = new int[line.length()];
    int removed = 0;
    int copied = 0;
    while (space.find()) {
      for (int i = copied; i < space.start(); i++) {
        toLine[text.length()] = i;
        text.append(line.charAt(i));
      }
      copied = space.end();
      removed++;
    }
    for (int i = copied; i < line.length(); i++) {
      toLine[text.length()] = i;
      text.append(line.charAt(i));
    }
    List<String> repairs = removed == 0 ? List.of()
        : List.of(removed + (removed == 1 ? " space" : " spaces") + " between Chinese and Latin letters or digits"
            + " removed (the page spaces its scripts)");
    OffsetMap toOriginal = new OffsetMap(Arrays.copyOf(toLine, text.length()), line.length());
    return new RepairedLine(text.toString(), toOriginal, repairs);
  }
}
