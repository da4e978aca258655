package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.tagging.ParticipantLists;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * The names in the entry lines of an English participant list ({@link ParticipantLists}): "Name, Title, Organization"
 * and "Name, Organization" (or "Organization & Organization"). The layout says what each comma-separated part is, so a
 * part is read by its place: the first is a person, the parts holding a job title are titles, and the first part after
 * them that is no title and no known place is the organization the person comes from, whatever its name looks like
 * (Upturn, AARP, Yelp: NER misses or mistypes short names without context).
 */
final class ParticipantLines {
  private static final Pattern SEPARATOR = Pattern.compile(", ");
  private static final Pattern BULLET = Pattern.compile("^(?:[-–—•*·▪◦]+|\\d{1,3}[.)])\\s+");
  private static final String NAME_WORD = "(?:[A-Z]\\.|[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)";
  /** A personal name: two to four capitalised words or initials (Jo Ann Jenkins, Emily Peterson-Cassin, J. Doe). */
  private static final Pattern PERSON_NAME = Pattern.compile(NAME_WORD + "(?: " + NAME_WORD + "){1,3}");
  /** A name in title case: capitalised words (or numbers) with the small words names keep in lower case. */
  private static final Pattern TITLE_CASE_NAME = Pattern.compile("(?:The )?[A-Z0-9][\\w.'’&-]*"
      + "(?: (?:(?:of|for|and|on|the|at|in|de|du|des|la|le|&) )*[A-Z0-9][\\w.'’&-]*){0,9}");
  /** The last word of an organization's name: a second name may follow it after "&" (Acme Project & The X School). */
  private static final Pattern ORGANIZATION_HEAD = Pattern.compile(".*\\b(?:Project|School|Institute|Center|Centre|"
      + "Council|Foundation|University|College|Alliance|Initiative|Fund|Association|Society|Coalition|Network|Group|"
      + "Company|Corporation|Inc\\.?|LLC|Ltd\\.?|Lab|Labs|Law|Trust|Union|Committee|Agency|Department|Office|"
      + "Commission|Bank|Partners|Ventures|Capital|Forum|Conference|Federation|League|Board)$");
  /** Words that open the title of a public office. */
  private static final Pattern OFFICE = Pattern.compile("(?:Secretary|Minister|Ambassador|Governor|Mayor|Senator|"
      + "Representative|Administrator|Commissioner|Chair|Chairman|Chairwoman|Chief|Deputy|Assistant|Under|Acting|"
      + "Special|Senior|Member|Head)\\b");
  /** A name with a research body's head word, which makes it a research organization (shared with the titles' pass). */
  static final Pattern RESEARCH = Pattern.compile(".*\\b(?:University|College|School|Institute|Academy|"
      + "Laboratory|Laboratories|Lab|Labs)\\b.*");
  private static final Pattern COMPANY = Pattern.compile(".*\\b(?:Inc\\.?|Corp\\.?|Corporation|LLC|Ltd\\.?|Capital|"
      + "Ventures|Partners|Technologies)$");

  private ParticipantLines() {}

  static void addTo(AnnotatedDocument doc, List<Mention> accepted, TitleLexicon titles) {
    String text = doc.text();
    for (ParticipantLists.Block block : ParticipantLists.find(text, doc.document().paragraphs())) {
      for (Paragraph entry : block.entries()) {
        read(doc, accepted, titles, entry.span());
      }
    }
  }

  private static void read(AnnotatedDocument doc, List<Mention> accepted, TitleLexicon titles, Span line) {
    String text = doc.text();
    List<Span> parts = new ArrayList<>();
    int from = line.begin();
    Matcher bullet = BULLET.matcher(line.of(text));
    if (bullet.find()) {
      from += bullet.end();
    }
    Matcher separator = SEPARATOR.matcher(text).region(from, line.end());
    while (separator.find()) {
      parts.add(new Span(from, separator.start()));
      from = separator.end();
    }
    parts.add(new Span(from, line.end()));
    if (parts.size() < 2 || !hasOrIsPerson(doc, accepted, titles, parts.get(0))) {
      return;
    }
    for (Span part : parts.subList(1, parts.size())) {
      String surface = part.of(text);
      if (isTitle(titles, surface, part.begin())) {
        continue; // a title part: President and CEO; Secretary of Commerce
      }
      if (accepted.stream().anyMatch(m -> m.span().equals(part) && m.type() == EntityType.PLACE)) {
        continue; // Jane Doe, Boston
      }
      for (Span name : organizations(text, part)) {
        addOrganization(doc, accepted, part, name);
      }
      return; // one affiliation a line: what follows it is a place or a note
    }
  }

  /** Whether the first part names a person, adding the name when NER missed it (Tejas Narechania,). */
  private static boolean hasOrIsPerson(AnnotatedDocument doc, List<Mention> accepted, TitleLexicon titles,
      Span part) {
    if (accepted.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().end() == part.end())) {
      return true;
    }
    String surface = part.of(doc.text());
    if (!PERSON_NAME.matcher(surface).matches() || isTitle(titles, surface, part.begin())
        || ORGANIZATION_HEAD.matcher(surface).matches()
        || accepted.stream().anyMatch(m -> m.span().overlaps(part) && m.type() != EntityType.TOPIC)) {
      return false;
    }
    LayeredMentionFinder.add(accepted, doc, part, EntityType.PERSON, Mention.Source.PATTERN);
    return true;
  }

  /**
   * Whether a part is a job title: it holds one as a word of its own (not CIO inside AFL-CIO), or opens with a word
   * for an office (Secretary of Commerce, Ambassador to Japan).
   */
  private static boolean isTitle(TitleLexicon titles, String surface, int offset) {
    return OFFICE.matcher(surface).lookingAt() || titles.find(surface, offset).stream().anyMatch(t -> {
      int begin = t.span().begin() - offset;
      int end = t.span().end() - offset;
      return (begin == 0 || surface.charAt(begin - 1) != '-')
          && (end == surface.length() || surface.charAt(end) != '-');
    });
  }

  /** The organization names a part holds: one, or two joined by "&" after an organization's head noun. */
  private static List<Span> organizations(String text, Span part) {
    String surface = part.of(text);
    if (!TITLE_CASE_NAME.matcher(surface).matches()) {
      return List.of();
    }
    int and = surface.indexOf(" & ");
    if (and > 0 && ORGANIZATION_HEAD.matcher(surface.substring(0, and)).matches()) {
      return List.of(new Span(part.begin(), part.begin() + and), new Span(part.begin() + and + 3, part.end()));
    }
    return List.of(part);
  }

  /**
   * The organization over {@code name}, in the line's {@code part}; NER's guesses inside the part (a person, or an
   * organization cut short) and an event read from an event noun (Leadership Conference on …, a body) yield to the
   * layout; names a lexicon found stay.
   */
  private static void addOrganization(AnnotatedDocument doc, List<Mention> accepted, Span part, Span name) {
    List<Mention> inside = accepted.stream().filter(m -> m.span().overlaps(name)).toList();
    if (inside.stream().anyMatch(m -> m.span().equals(name) && m.type().isOrganization())) {
      return;
    }
    if (inside.stream().anyMatch(m -> !part.contains(m.span()) || !yields(m))) {
      return;
    }
    accepted.removeAll(inside.stream().filter(m -> m.type() != EntityType.TOPIC).toList());
    String surface = name.of(doc.text());
    EntityType type = RESEARCH.matcher(surface).matches() ? EntityType.RESEARCH_ORGANIZATION
        : COMPANY.matcher(surface).matches() ? EntityType.COMPANY : EntityType.ORGANIZATION;
    LayeredMentionFinder.add(accepted, doc, name, type, Mention.Source.PATTERN);
  }

  private static boolean yields(Mention m) {
    return m.type() == EntityType.TOPIC || m.source() == Mention.Source.NER
        || m.source() == Mention.Source.PATTERN && m.type() == EntityType.EVENT;
  }
}
