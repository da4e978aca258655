package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that names a university's campus by its whole name: a university, the
 * campus's place and 分校 (加州大学圣迭戈分校, 得克萨斯大学奥斯汀分校), as Chinese writes the campuses of American
 * university systems. The lexicon or NER finds the university and the place apart; the campus is a research body of
 * its own, with the university named inside it as its parent (and the place no mention of its own there).
 */
final class UniversityBranches {
  /**
   * The campus's own part after the university's name: two to five characters, then 分校; no conjunction or
   * particle among them (斯坦福大学和几所分校 names no campus).
   */
  private static final Pattern CAMPUS = Pattern.compile("(?:(?![和与及或的在等、])\\p{IsHan}){2,5}?分校");

  private UniversityBranches() {}

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention university : List.copyOf(accepted)) {
      if (!university.type().isOrganization() || !university.text().endsWith("大学")) {
        continue;
      }
      Matcher campus = CAMPUS.matcher(text).region(university.span().end(), Math.min(text.length(),
          university.span().end() + 8));
      if (!campus.lookingAt()) {
        continue;
      }
      Span whole = new Span(university.span().begin(), campus.end());
      Span own = new Span(university.span().end(), campus.end());
      if (accepted.stream().anyMatch(m -> m.span().contains(whole))) {
        continue; // the lexicon knows the campus by this name already
      }
      accepted.removeIf(m -> own.contains(m.span()));
      accepted.add(new Mention(whole, whole.of(text), EntityType.RESEARCH_ORGANIZATION, university.sentence(),
          Mention.Source.PATTERN));
    }
  }
}
