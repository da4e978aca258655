package org.claimgraph.extract.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.OffsetMap;

/**
 * Splits Latin names that a scraped page glued together when it lost the separators between them
 * ({@code MicrosoftGoogleMetaInteleBay} → {@code Microsoft、Google、Meta、Intel、eBay}, {@code OpenAIGPT-4} →
 * {@code OpenAI GPT-4}).
 *
 * <p>Splitting at case changes breaks real names (OpenAI, DeepMind, LangChain, LeCun), so a run is split only where
 * the split yields known names: the run of Latin letters, digits, spaces and hyphens is segmented by dynamic
 * programming into known names (longest match, optionally followed by a version suffix such as {@code -4}), the spaces
 * already there, and unknown words. An unknown piece is accepted at a glue point only between two known names and only
 * when it looks like a name. A known name is never split itself: the fewest pieces win.
 *
 * <p>Between list items the repair inserts {@code 、} in Chinese text (", " in Latin text); when a model-like name
 * follows a name that is not one ({@code MetaLLaMa-2}), it is the maker's model, and a space is inserted.
 */
public final class GlueRepair {
  /** Names shorter than this never take part in a split: "X" or "AI" inside a word is not a glued name. */
  private static final int MIN_PIECE_LENGTH = 2;
  /** Case-insensitive matching (LLaMa for LLaMA) only for names this long, so short names match exactly. */
  private static final int MIN_CASELESS_LENGTH = 4;
  /** A Han character says about as much as three Latin letters, when weighing which script a text mostly uses. */
  private static final int HAN_WEIGHT = 3;
  private static final Pattern VERSION_SUFFIX = Pattern.compile("-\\d+(?:\\.\\d+)*[a-z]?");
  private static final Pattern MODEL_LIKE = Pattern.compile(".*(?:\\d[a-z]?|GPT)$|.*-\\d.*");
  private static final Pattern NAME_LIKE = Pattern.compile("\\p{Lu}[\\p{L}\\d]+|\\p{Ll}\\p{Lu}[\\p{L}\\d]*");

  private final Set<String> exact;
  private final Map<String, String> caseless = new HashMap<>();
  private final int longestName;

  /** @param knownNames Latin names of organizations, models, products and people (e.g. from the lexicons) */
  public GlueRepair(Set<String> knownNames) {
    Objects.requireNonNull(knownNames, "knownNames");
    Set<String> names = new HashSet<>();
    int longest = 0;
    for (String name : knownNames) {
      String n = name.strip();
      if (n.length() >= MIN_PIECE_LENGTH) {
        names.add(n);
        longest = Math.max(longest, n.length());
        if (n.length() >= MIN_CASELESS_LENGTH) {
          caseless.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
        }
      }
    }
    this.exact = Set.copyOf(names);
    this.longestName = longest;
  }

  /** Repairs every glued run in {@code text}. */
  public RepairedLine repair(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    List<Integer> origin = new ArrayList<>(text.length() + 16);
    List<String> repairs = new ArrayList<>();
    int copied = 0;
    for (int[] run : runs(text)) {
      List<Piece> pieces = segment(text.substring(run[0], run[1]));
      if (pieces == null || pieces.stream().noneMatch(p -> p.gluedToPrevious)) {
        continue;
      }
      copy(text, copied, run[0], out, origin);
      String separator = listSeparator(text, run[0], run[1]);
      int groupStart = -1;
      int groupOutStart = -1;
      int cursor = run[0];
      for (int k = 0; k < pieces.size(); k++) {
        Piece p = pieces.get(k);
        int begin = run[0] + p.begin;
        copy(text, cursor, begin, out, origin); // the spaces between pieces
        cursor = run[0] + p.end;
        boolean startsGroup = !p.gluedToPrevious && k + 1 < pieces.size() && pieces.get(k + 1).gluedToPrevious;
        if (startsGroup) {
          groupStart = begin;
          groupOutStart = out.length();
        }
        if (p.gluedToPrevious) {
          Piece previous = pieces.get(k - 1);
          String insert = isModelLike(p.text) && !isModelLike(previous.text) ? " " : separator;
          for (int c = 0; c < insert.length(); c++) {
            out.append(insert.charAt(c));
            origin.add(begin);
          }
        }
        copy(text, begin, run[0] + p.end, out, origin);
        boolean endsGroup = p.gluedToPrevious && (k + 1 == pieces.size() || !pieces.get(k + 1).gluedToPrevious);
        if (endsGroup) {
          repairs.add("glued names split: " + text.substring(groupStart, run[0] + p.end) + " → "
              + out.substring(groupOutStart));
        }
      }
      copied = run[1];
    }
    copy(text, copied, text.length(), out, origin);
    int[] map = origin.stream().mapToInt(Integer::intValue).toArray();
    return new RepairedLine(out.toString(), new OffsetMap(map, text.length()), repairs);
  }

  private static void copy(String text, int from, int to, StringBuilder out, List<Integer> origin) {
    for (int i = from; i < to; i++) {
      out.append(text.charAt(i));
      origin.add(i);
    }
  }

  /**
   * Chinese text gets the enumeration comma, Latin text a comma and a space: decided by the run's neighbours, or, when
   * they are punctuation, by which script the text mostly uses.
   */
  private static String listSeparator(String text, int begin, int end) {
    boolean hanBefore = begin > 0 && Scripts.isHan(text.charAt(begin - 1));
    boolean hanAfter = end < text.length() && Scripts.isHan(text.charAt(end));
    if (hanBefore || hanAfter) {
      return "、";
    }
    long han = text.codePoints().filter(Scripts::isHan).count();
    long latin = text.codePoints().filter(Scripts::isLatinLetter).count();
    return HAN_WEIGHT * han >= latin ? "、" : ", ";
  }

  static boolean isModelLike(String piece) {
    return MODEL_LIKE.matcher(piece).matches();
  }

  /** Maximal runs of Latin letters, digits, spaces and hyphens (and '.', '&' inside names), trimmed. */
  private static List<int[]> runs(String text) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isAlnum(text.charAt(i))) {
        i++;
        continue;
      }
      int begin = i;
      int lastAlnum = i;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (isAlnum(c)) {
          lastAlnum = i;
        } else if (!(c == ' ' || c == '-' || ((c == '.' || c == '&') && i + 1 < text.length()
            && isAlnum(text.charAt(i + 1)) && isAlnum(text.charAt(i - 1))))) {
          break;
        }
        i++;
      }
      runs.add(new int[] {begin, lastAlnum + 1});
      i = lastAlnum + 1;
    }
    return runs;
  }

  private static boolean isAlnum(char c) {
    return Scripts.isLatinLetter(c) || Scripts.isAsciiDigit(c);
  }

  /** A piece of a run: a known name, an unknown word, with whether it is glued to the piece before it. */
  private record Piece(int begin, int end, String text, boolean known, boolean gluedToPrevious) {}

  // DP states: where the segmentation stands after a piece.
  private static final int BOUNDARY = 0; // at the start or after a space
  private static final int KNOWN = 1;    // after a known name
  private static final int PENDING = 2;  // after an unknown piece glued to a known name: a known name must follow
  private static final int FREE = 3;     // after an unknown word that stands alone
  private static final int STATES = 4;

  /** Cost of a segmentation: unknown characters first (cover the run with names), then pieces (longest match). */
  private record Cost(int unknownChars, int pieces) implements Comparable<Cost> {
    Cost plus(int unknown, int piece) {
      return new Cost(unknownChars + unknown, pieces + piece);
    }

    @Override
    public int compareTo(Cost o) {
      return unknownChars != o.unknownChars ? Integer.compare(unknownChars, o.unknownChars)
          : Integer.compare(pieces, o.pieces);
    }
  }

  private record Step(int from, int fromState, boolean known) {}

  /** The best segmentation of a run, or null when no valid one exists. */
  private List<Piece> segment(String run) {
    int n = run.length();
    Cost[][] cost = new Cost[n + 1][STATES];
    Step[][] back = new Step[n + 1][STATES];
    cost[0][BOUNDARY] = new Cost(0, 0);
    for (int i = 0; i < n; i++) {
      for (int state = 0; state < STATES; state++) {
        Cost here = cost[i][state];
        if (here == null) {
          continue;
        }
        if (run.charAt(i) == ' ') {
          if (state != PENDING) {
            relax(cost, back, i + 1, BOUNDARY, here, new Step(i, state, false));
          }
          continue;
        }
        if (state != FREE) {
          for (int end : knownEnds(run, i)) {
            String piece = run.substring(i, end);
            // XxxGPT (BloombergGPT, AutoGPT) is one product name, not a maker glued to GPT.
            if (state == KNOWN && piece.equals("GPT")) {
              continue;
            }
            relax(cost, back, end, KNOWN, here.plus(0, 1), new Step(i, state, true));
          }
        }
        int wordEnd = run.indexOf(' ', i);
        wordEnd = wordEnd < 0 ? n : wordEnd;
        if (state == BOUNDARY) {
          relax(cost, back, wordEnd, FREE, here.plus(wordEnd - i, 1), new Step(i, state, false));
        } else if (state == KNOWN) {
          for (int end = i + MIN_PIECE_LENGTH; end <= wordEnd; end++) {
            if (NAME_LIKE.matcher(run.substring(i, end)).matches()) {
              relax(cost, back, end, PENDING, here.plus(end - i, 1), new Step(i, state, false));
            }
          }
        }
      }
    }
    int bestState = -1;
    for (int state : new int[] {BOUNDARY, KNOWN, FREE}) {
      if (cost[n][state] != null && (bestState < 0 || cost[n][state].compareTo(cost[n][bestState]) < 0)) {
        bestState = state;
      }
    }
    if (bestState < 0) {
      return null;
    }
    List<Piece> reversed = new ArrayList<>();
    int at = n;
    int state = bestState;
    while (at > 0) {
      Step step = back[at][state];
      if (run.charAt(step.from) != ' ') {
        boolean glued = step.fromState == KNOWN || step.fromState == PENDING;
        reversed.add(new Piece(step.from, at, run.substring(step.from, at), step.known, glued));
      }
      at = step.from;
      state = step.fromState;
    }
    List<Piece> pieces = new ArrayList<>(reversed.size());
    for (int k = reversed.size() - 1; k >= 0; k--) {
      pieces.add(reversed.get(k));
    }
    return pieces;
  }

  private static void relax(Cost[][] cost, Step[][] back, int at, int state, Cost candidate, Step step) {
    if (cost[at][state] == null || candidate.compareTo(cost[at][state]) < 0) {
      cost[at][state] = candidate;
      back[at][state] = step;
    }
  }

  /** Ends of the known names (with an optional version suffix) that start at {@code i}. */
  private List<Integer> knownEnds(String run, int i) {
    List<Integer> ends = new ArrayList<>();
    int max = Math.min(run.length(), i + longestName);
    for (int end = i + MIN_PIECE_LENGTH; end <= max; end++) {
      if (isKnown(run.substring(i, end))) {
        ends.add(end);
        Matcher suffix = VERSION_SUFFIX.matcher(run).region(end, run.length());
        if (suffix.lookingAt()) {
          ends.add(suffix.end());
          if (Character.isLowerCase(run.charAt(suffix.end() - 1))) {
            ends.add(suffix.end() - 1);
          }
        }
      }
    }
    return ends;
  }

  private boolean isKnown(String piece) {
    if (exact.contains(piece)) {
      return true;
    }
    return piece.length() >= MIN_CASELESS_LENGTH && !Character.isLowerCase(piece.charAt(0))
        && caseless.containsKey(piece.toLowerCase(Locale.ROOT));
  }
}
