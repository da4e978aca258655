package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.lexicon.GivenNames;

/**
 * The pass of {@link LayeredMentionFinder} that reads the outlet a speaker talks to: "…," the chief executive told
 * Harbor Wire. / she told TechPulse in an interview. In English news a proper name right after "told" that closes
 * the clause is the publication the speaker gave the quote to (the attribution line of a press interview); a person
 * spoken to is named with a title, by a name the article introduces or by a given name, which the guards below keep
 * out.
 */
final class ToldOutlets {
  private ToldOutlets() {}

  /** A capitalised word, dots inside it (Example.com) but not at its end, where the sentence's stop stands. */
  private static final String WORD = "[A-Z](?:[A-Za-z0-9&.-]*[A-Za-z0-9&])?";
  /**
   * "told" and a run of up to four capitalised words (a web name like Example.com or an acronym with digits) that ends
   * the clause: a stop, a comma, a closing quote, or the words that follow such an attribution (in an interview, on
   * Monday, that …, last week).
   */
  private static final Pattern TOLD_NAME = Pattern.compile("\\b(?:told|tells|telling) (?<name>(?:The )?"
      + WORD + "(?: " + WORD + "){0,3}?)"
      // a stop ends the sentence only before a capital or the end (not the stop of U.S. in "told U.S. officials")
      + "(?=[,;:\"”]|\\.(?:\\s+[^a-z\\s]|\\s*$)|$"
      + "| (?:in|on|that|last|this|earlier|during|via|about|when|after|at|by|over)\\b)");
  /**
   * Bodies a speaker addresses that are no outlet (told Congress, told Parliament), and the titles that open a
   * person's name (told Senator Doe).
   */
  private static final Set<String> NOT_OUTLET_WORDS = Set.of("Congress", "Parliament", "Senate", "House", "Commons",
      "Lords", "Council", "Committee", "Court", "Mr", "Mrs", "Ms", "Dr", "Prof", "President", "Senator", "Sen", "Rep",
      "Representative", "Judge", "Justice", "Governor", "Gov", "Secretary", "Minister", "CEO", "Chairman", "Chief",
      "General", "Gen", "Officer", "Detective", "Agent", "Investors", "Analysts", "Reporters", "Employees", "Staff",
      "Shareholders", "Lawmakers");

  /** NER's readings of an outlet's name: a person (told Velko), an organization of no kind. */
  private static final Set<EntityType> MISREAD_AS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Set<String> surnames = surnamesOfPeople(accepted);
    Matcher m = TOLD_NAME.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start("name"), m.end("name"));
      String name = span.of(text);
      if (List.of(name.split(" ")).stream().anyMatch(NOT_OUTLET_WORDS::contains)
          || surnames.contains(name) || personTokens(doc, span) > 1
          || !name.contains(" ") && GivenNames.contains(name)) { // told Maria: a person known by a given name
        continue;
      }
      // NER reads a one-word outlet as a person (told Velko) and an outlet as an organization of no kind; the
      // outlet's other mentions are then the outlet's too
      if (accepted.stream().anyMatch(x -> x.span().equals(span) && x.source() == Mention.Source.NER
          && MISREAD_AS.contains(x.type()))) {
        LayeredMentionFinder.retypeNerReadings(accepted, name, EntityType.MEDIA_ORGANIZATION, MISREAD_AS);
        continue;
      }
      LayeredMentionFinder.add(accepted, doc, span, EntityType.MEDIA_ORGANIZATION, Mention.Source.PATTERN);
    }
  }

  /** The last words of people's names of two or more words (Jane Doe gives Doe): told Doe is told a person. */
  private static Set<String> surnamesOfPeople(List<Mention> accepted) {
    List<String> out = new ArrayList<>();
    for (Mention x : accepted) {
      String[] words = x.text().split(" ");
      if (x.type() == EntityType.PERSON && words.length > 1) {
        out.add(words[words.length - 1]);
      }
    }
    return Set.copyOf(out);
  }

  private static int personTokens(AnnotatedDocument doc, Span span) {
    int n = 0;
    for (AnnotatedSentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (span.contains(t.span()) && "PERSON".equals(t.ner())) {
          n++;
        }
      }
    }
    return n;
  }
}
