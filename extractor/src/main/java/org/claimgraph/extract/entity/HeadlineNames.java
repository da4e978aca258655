package org.claimgraph.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that takes out organization names made of words a title-case headline
 * capitalises only by its style (Jane Roe and Tom Hardy Robotics Startup Raises $10 Million: no company "Tom Hardy
 * Robotics Startup", and no company "Raises" after the kind word "Startup"). A name in such a headline is kept when the
 * body repeats it, or when it comes from the lexicon; otherwise it goes when a shape found it (their contexts, the
 * startup X, are lower-case words that headline style capitalises) or when one of its words is one the body writes
 * in lower case (startup, deepfake): a common word, not a name's.
 */
final class HeadlineNames {
  private HeadlineNames() {}

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![A-Za-z'’-])[a-z][a-z'’-]*(?![A-Za-z'’-])");
  /** Words of four letters or more decide whether a headline is in title case. */
  private static final int LONG_WORD = 4;

  static void dropStyleCapitalised(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Optional<Span> title = doc.document().paragraphs().stream().filter(p -> p.role() == Paragraph.Role.TITLE)
        .map(Paragraph::span).findFirst();
    if (title.isEmpty() || !titleCase(title.get().of(text))) {
      return;
    }
    Span head = title.get();
    String body = text.substring(0, head.begin()) + "\n" + text.substring(head.end());
    Set<String> lowerWords = new HashSet<>();
    Matcher m = LOWER_WORD.matcher(body);
    while (m.find()) {
      lowerWords.add(m.group());
    }
    accepted.removeIf(x -> head.contains(x.span()) && x.type().isOrganization()
        && x.source() != Mention.Source.LEXICON && !body.contains(x.text())
        && (x.source() == Mention.Source.PATTERN || hasLowerCaseWord(x.text(), lowerWords)));
  }

  /** Whether most long words after the first are capitalised, as headline style writes them (three at least). */
  static boolean titleCase(String line) {
    Matcher m = WORD.matcher(line);
    int words = 0;
    int capitalised = 0;
    boolean first = true;
    while (m.find()) {
      if (first) {
        first = false;
        continue;
      }
      if (m.group().length() < LONG_WORD) {
        continue;
      }
      words++;
      if (Character.isUpperCase(m.group().charAt(0))) {
        capitalised++;
      }
    }
    return words >= 3 && capitalised * 5 >= words * 4;
  }

  private static boolean hasLowerCaseWord(String name, Set<String> lowerWords) {
    Matcher m = WORD.matcher(name);
    while (m.find()) {
      if (lowerWords.contains(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
