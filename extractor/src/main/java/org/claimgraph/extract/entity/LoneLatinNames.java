package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.GivenNames;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * One-word Latin names NER took for a person's that the document never gives a person's full name around. The press
 * names a person in full before calling them by one word (Jane Doe, then Doe); a one-word name it never writes with a
 * first name or a surname is a company's, an outlet's or a product's that CoreNLP has never seen (Quillon, Tessaract),
 * which it reads as a person's about as often as not. Not a name after an honorific or a job title (Dr. Quillon, CEO
 * Quillon), which the press gives a person alone, nor a given name or a Chinese surname, which a feature or a quote
 * calls a person by (Maria, Chen), nor an item of an English list, whose kind the list's other items tell: only in a
 * list of organizations (Acme, Quillon, Initech and Tessaract, with Acme and Initech tagged organizations) is such a
 * name a company all the same.
 */
final class LoneLatinNames {
  private LoneLatinNames() {}

  /** One capitalised Latin word, perhaps with capitals inside (Quillon, DataLoom), not an acronym. */
  private static final Pattern ONE_WORD = Pattern.compile("[A-Z][a-z]+[A-Za-z0-9]*");

  /** An honorific that English writes before a person's surname alone. */
  private static final Pattern HONORIFIC_BEFORE = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lady|Lord|"
      + "Rep|Sen|Gov|Gen|Col|Capt|Rev|St)\\.? $");

  /**
   * A speech verb the name is the subject of (X said, says X, X表示, 据X介绍): quoted speech is mostly a person's, and
   * a company that speaks is left to the rules that know it.
   */
  private static final Pattern SPEECH_AFTER = Pattern.compile("^(?: (?:said|says|told|added|explained|noted|recalled)"
      + "\\b|(?:表示|说|认为|介绍|透露|指出|坦言|回忆))");
  private static final Pattern SPEECH_BEFORE = Pattern.compile("\\b(?:said|says) $");

  /** What stands before an item of an English list after the first (Lisbon, Porto, X; Oracle and X). */
  private static final Pattern LIST_BEFORE = Pattern.compile("(?:, |\\p{Lu}\\p{L}* (?:and|or|&) )$");
  /** What stands after an item of an English list before the last (X, Porto; X and Oracle). */
  private static final Pattern LIST_AFTER = Pattern.compile("^(?:,| and| or| &) \\p{Lu}");

  static Set<String> names(AnnotatedDocument doc, TitleLexicon titles, List<Mention> accepted) {
    Set<String> candidates = new HashSet<>();
    Set<String> wordsOfLongerNames = new HashSet<>();
    for (AnnotatedSentence s : doc.sentences()) {
      for (NerMention n : s.nerMentions()) {
        if (!n.nerType().equals("PERSON")) {
          continue;
        }
        if (ONE_WORD.matcher(n.text()).matches()) {
          candidates.add(n.text());
        } else {
          wordsOfLongerNames.addAll(List.of(n.text().split("[\\s·・.-]+")));
        }
      }
    }
    candidates.removeAll(wordsOfLongerNames);
    String text = doc.text();
    candidates.removeIf(name -> GivenNames.contains(name)
        || NameResolver.CHINESE_SURNAMES.contains(name) || besideCapitalisedWord(text, name)
        || personCueBefore(doc, name, titles) || listed(doc, name, accepted));
    return candidates;
  }

  /**
   * Whether the text writes the name next to another capitalised word (Elon Musk, Musk Elon): a longer name NER cut;
   * or with a quoted nickname between (Jan "Rook" Kell); or in the possessive before one (Tom's Diner), a business
   * named after a person.
   */
  private static boolean besideCapitalisedWord(String text, String name) {
    String word = Pattern.quote(name);
    String nickname = "(?:[\"“][^\"”]{1,24}[\"”] )?";
    return Pattern.compile("\\b\\p{Lu}[\\p{L}'’]*\\.? " + nickname + word + "(?![A-Za-z])|(?<![A-Za-z])" + word
        + "(?:['’]s)? " + nickname + "\\p{Lu}\\p{Ll}").matcher(text).find();
  }

  /**
   * Whether one of the name's occurrences is an item of an English list (Lisbon, Porto, X and Faro) that is not a
   * list of organizations.
   */
  private static boolean listed(AnnotatedDocument doc, String name, List<Mention> accepted) {
    String text = doc.text();
    Matcher m = occurrences(name).matcher(text);
    while (m.find()) {
      if ((LIST_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()
          || LIST_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).find())
          && !inListOfOrganizations(doc, new Span(m.start(), m.end()), accepted)) {
        return true;
      }
    }
    return false;
  }

  /** The NER mention joined to {@code item} as the list's item before it or after it, if any. */
  private static Optional<NerMention> nextItem(String text, List<NerMention> mentions, NerMention item,
      boolean leftwards) {
    return mentions.stream().filter(n -> leftwards
        ? n.span().end() < item.span().begin()
            && LIST_GAP.matcher(text.substring(n.span().end(), item.span().begin())).matches()
        : n.span().begin() > item.span().end()
            && LIST_GAP.matcher(text.substring(item.span().end(), n.span().begin())).matches()).findFirst();
  }

  /** What joins two items of an English list: a comma, and or or, or both. */
  private static final Pattern LIST_GAP = Pattern.compile(",? (?:and|or) |, ");
  /** What a list's item tells of the list's kind. */
  private enum Kind { ORGANIZATION, OTHER, IN_DOUBT }

  /**
   * An item's kind: as an earlier layer (the lexicon, the patterns) found it, else as NER tagged it; a one-word name
   * NER read as a person's is in doubt.
   */
  private static Kind kind(NerMention item, List<Mention> accepted) {
    Optional<EntityType> found = accepted.stream().filter(m -> m.span().equals(item.span())).map(Mention::type)
        .findFirst();
    if (found.isPresent()) {
      return found.get().isOrganization() ? Kind.ORGANIZATION : Kind.OTHER;
    }
    if (item.nerType().equals("ORGANIZATION")) {
      return Kind.ORGANIZATION;
    }
    return item.nerType().equals("PERSON") && !item.text().contains(" ") && !GivenNames.contains(item.text())
        ? Kind.IN_DOUBT : Kind.OTHER;
  }

  /**
   * Whether the name stands in a list of three names or more that NER tagged, joined by commas and a last and or or,
   * whose other items are more often organizations than people by a full or a given name or places (Acme, Quillon,
   * Initech and Tessaract), as found by the layers before NER or else as NER tagged them. Other one-word names NER
   * read as people count for neither: they are what is in doubt.
   */
  private static boolean inListOfOrganizations(AnnotatedDocument doc, Span name, List<Mention> accepted) {
    List<NerMention> mentions = doc.sentences().stream().filter(s -> s.span().contains(name))
        .flatMap(s -> s.nerMentions().stream()).toList();
    Optional<NerMention> self = mentions.stream().filter(n -> n.span().equals(name)).findFirst();
    if (self.isEmpty()) {
      return false;
    }
    List<NerMention> items = new ArrayList<>(List.of(self.get()));
    for (boolean leftwards : List.of(true, false)) {
      for (Optional<NerMention> next = nextItem(doc.text(), mentions, self.get(), leftwards); next.isPresent();
          next = nextItem(doc.text(), mentions, next.get(), leftwards)) {
        items.add(next.get());
      }
    }
    if (items.size() < 3) {
      return false;
    }
    long organizations = items.stream().filter(n -> kind(n, accepted) == Kind.ORGANIZATION).count();
    long others = items.stream().filter(n -> kind(n, accepted) == Kind.OTHER).count();
    return organizations > 0 && organizations > others;
  }

  private static Pattern occurrences(String name) {
    return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(name) + "(?![A-Za-z])");
  }

  /**
   * Whether an honorific or a job title stands right before one of the name's occurrences (Dr. Kell, CEO Kell), or
   * the name is a speech verb's subject there.
   */
  private static boolean personCueBefore(AnnotatedDocument doc, String name, TitleLexicon titles) {
    String text = doc.text();
    Matcher m = occurrences(name).matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 40), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
      if (HONORIFIC_BEFORE.matcher(before).find() || SPEECH_BEFORE.matcher(before).find()
          || SPEECH_AFTER.matcher(after).find()) {
        return true;
      }
      String trimmed = before.stripTrailing();
      if (titles.find(trimmed, 0).stream().anyMatch(t -> t.span().end() == trimmed.length())) {
        return true;
      }
    }
    return false;
  }
}
