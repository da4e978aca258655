package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that finds "the Court", "the Institute": English calls an organization it
 * has named in full by its capitalised head noun, which NER seldom tags. The resolver joins each to the one
 * organization whose name has that noun ({@code NameResolver.mergeHeadNounNames}).
 */
final class HeadNounReferences {
  /** English head nouns by which a text calls an organization it has named in full. */
  static final Set<String> HEAD_NOUNS = Set.of("Institute", "University", "Foundation", "Council", "Commission",
      "Agency", "Laboratory", "Academy", "Association", "Center", "Centre", "Society", "Court");
  /** "the Court", not "the Court of Appeal" nor "the Court's" (a possessive keeps the noun, so it is allowed). */
  private static final Pattern THE_HEAD_NOUN = Pattern.compile(
      "\\b(?:the|The) (?<noun>" + String.join("|", HEAD_NOUNS) + ")(?![A-Za-z]| [A-Z]| of\\b| for\\b)");

  private HeadNounReferences() {}

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher m = THE_HEAD_NOUN.matcher(text);
    while (m.find()) {
      String noun = m.group("noun");
      Span span = new Span(m.start("noun"), m.end("noun"));
      boolean named = accepted.stream().anyMatch(o -> o.type().isOrganization() && o.span().end() <= span.begin()
          && !o.text().equals(noun) && List.of(o.text().split(" ")).contains(noun));
      if (named && accepted.stream().noneMatch(o -> o.span().overlaps(span))) {
        accepted.add(new Mention(span, noun, EntityType.ORGANIZATION,
            doc.sentenceAt(span.begin()), Mention.Source.PATTERN));
      }
    }
  }
}
