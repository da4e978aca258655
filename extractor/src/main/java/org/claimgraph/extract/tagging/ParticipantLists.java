package org.claimgraph.extract.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Paragraph;

/**
 * Lists of the people who took part in an event, as readouts, programmes and press releases print them: a heading line
 * ("Participants", "Attendees:", "The following were in attendance:") or a paragraph whose last sentence introduces
 * the list and ends in a colon ("Outside participants in today's meeting included:"), then one entry a line ("Name,
 * Title, Organization", "Name, Organization", "Title Name of Org"). Read from the layout alone, so that the entity
 * stage (the organization at the end of a line) and the relation stage (ATTENDEE, WORKS_FOR) see the same lists.
 */
public final class ParticipantLists {
  /** A heading line that announces the people who took part: Participants, Attendees:, Meeting participants. */
  private static final Pattern HEADING = Pattern.compile("(?i)(?:(?:the )?(?:following|meeting|event|summit|"
      + "dinner|roundtable|conference|forum|hearing|confirmed|invited|featured|keynote|special|list of|outside) ){0,2}"
      + "(?<kind>participants|attendees|guests|speakers|panel+ists|delegates|invitees|in attendance)"
      + "(?: (?:included|include|were|are|list|in attendance))?\\s*[:：]?");
  /** A sentence that introduces the list and ends in a colon: The following leaders were in attendance: */
  private static final Pattern INTRODUCTION = Pattern.compile("(?i).{0,100}\\b(?<kind>participants|attendees|"
      + "in attendance|attended|attending|joined by|were present|guests|speakers|panel+ists)\\b.{0,40}[:：]");
  /** The last sentence of a paragraph: what follows the last sentence end before it. */
  private static final Pattern LAST_SENTENCE = Pattern.compile("(?:^|.*[.!?。！？][”\"’']?\\s+)(?<last>[^.!?。！？]+[:：])$");
  private static final Pattern SPEAKERS = Pattern.compile("(?i)speakers|panel+ists");
  private static final int MAX_INTRODUCTION_WORDS = 15;
  private static final int MAX_ENTRY_WORDS = 25;
  /** Entries longer than this that end like a sentence are prose after the list. */
  private static final int MAX_PLAIN_ENTRY_WORDS = 12;

  private ParticipantLists() {}

  /** One list: the paragraph that opens it, whether it lists speakers (not only attendees), and its entry lines. */
  public record Block(int opener, boolean speakers, List<Paragraph> entries) {}

  /** The participant lists of a document whose paragraphs are {@code paragraphs}. */
  public static List<Block> find(String text, List<Paragraph> paragraphs) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String kind = openerKind(paragraphs.get(i).span().of(text).strip());
      if (kind == null) {
        continue;
      }
      List<Paragraph> entries = new ArrayList<>();
      int j = i + 1;
      for (; j < paragraphs.size(); j++) {
        String line = paragraphs.get(j).span().of(text).strip();
        if (!isEntry(line)) {
          break;
        }
        entries.add(paragraphs.get(j));
      }
      if (!entries.isEmpty()) {
        blocks.add(new Block(i, SPEAKERS.matcher(kind).matches(), List.copyOf(entries)));
      }
      i = j - 1;
    }
    return blocks;
  }

  /** The kind of people a line announces (participants, speakers), or null when it opens no list. */
  private static String openerKind(String line) {
    Matcher heading = HEADING.matcher(line);
    if (heading.matches()) {
      return heading.group("kind");
    }
    Matcher last = LAST_SENTENCE.matcher(line);
    if (!last.matches()) {
      return null;
    }
    String sentence = last.group("last").strip();
    Matcher introduction = INTRODUCTION.matcher(sentence);
    return introduction.matches() && sentence.split("\\s+").length <= MAX_INTRODUCTION_WORDS
        ? introduction.group("kind") : null;
  }

  /** An entry is one short line, not a sentence of prose (a long line ending in a full stop) nor an opener. */
  private static boolean isEntry(String line) {
    int words = line.split("\\s+").length;
    boolean prose = words > MAX_PLAIN_ENTRY_WORDS && line.matches(".*[.!?。！？]$");
    return !line.isEmpty() && words <= MAX_ENTRY_WORDS && !prose && !line.endsWith(":") && !line.endsWith("：");
  }
}
