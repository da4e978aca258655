package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that reads English funding news for the businesses it names by their part
 * in a deal, where NER often sees no name at all (a one-word brand, a name with a digit): the investor a round is led
 * by ("a Series A led by Abstract"), the investors listed after the word ("investors Macquarie Capital, Mori Building
 * and Shell", "Investors include …", "with participation from …"), those the money came from ("seed funding from
 * Mori Building and Abstract"), the companies invested in or held ("invested in Snap and Epic Games", "stakes in
 * PartnerRe and Fiat Chrysler Automobiles"), a rival ("its competitor, Cognition") and a name described as a startup
 * or firm right after it ("Conversion—an AI-powered marketing startup"). A full person's name NER found stays a person
 * (angels invest too), and so does a lone surname after "led by"; a lexicon's name keeps its type, and a place NER
 * found unless it is listed beside a named organization or as an investor.
 */
final class FundingParties {
  private FundingParties() {}

  /** One capitalised word of a name, or a word with a digit and a capital (83North). */
  private static final String WORD = "(?:[A-Z][A-Za-z0-9&'.-]*[A-Za-z0-9]|[A-Z]|\\d+[A-Z][A-Za-z0-9]*)";
  private static final String NAME = "(?!(?:The|A|An|Its|Their|This|That|These|Those|Other|Others|New|Existing|Both)\\b)"
      + WORD + "(?: " + WORD + "){0,3}";
  private static final Pattern WHOLE_NAME = Pattern.compile(NAME + "(?![A-Za-z0-9])");
  /** What the first name of the run follows. */
  private static final Pattern CUE = Pattern.compile(
      "\\b(?:(?:co-)?led by|(?:[Ii]nvestors|[Bb]ackers)(?:,? including| such as| include| included)?|invested in|"
          + "investments? in|stakes? in|participation (?:from|of|by)|(?:rival|competitor)s?,?"
          // the money's source: "seed funding from X and Y", "raised $5 million from X"
          + "|(?:funding|financing|investment|backing|million|billion|\\d+(?:\\.\\d+)?[mb]n?) from) (?=[A-Z0-9])");
  /** A round or an investment mentioned in the sentence: "led by" then names an investor, not a project's leader. */
  private static final Pattern DEAL = Pattern.compile(
      "\\b(?:round|Series [A-Z]|seed|funding|raised|raises|raise|financing|investment|valuation)\\b");
  private static final Pattern LIST_GAP = Pattern.compile("^(?:,? and |, )");
  /** A name, then a dash or comma and a description ending in a kind of business: X—an AI-powered startup. */
  private static final Pattern DESCRIBED = Pattern.compile("(?<![A-Za-z0-9])(" + NAME + ")(?:—|–| — |, )(?:a|an) "
      + "(?:[\\w-]+ ){0,5}?(?:startup|start-up|company|firm)\\b"
      // not a person described by trade: "Lee, a startup founder"
      + "(?! (?:founder|co-founder|cofounder|investor|executive|veteran|employee|engineer|adviser|advisor|CEO)s?\\b)");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      String s = sentence.span().of(text);
      if (HAN.matcher(s).find()) {
        continue;
      }
      int base = sentence.span().begin();
      Matcher cue = CUE.matcher(s);
      while (cue.find()) {
        if ((cue.group().contains("led by") || cue.group().endsWith(" from ")) && !DEAL.matcher(s).find()) {
          continue;
        }
        boolean list = !cue.group().startsWith("rival") && !cue.group().startsWith("competitor");
        // One leads a project too: a lone surname NER found after "led by" stays a person.
        boolean overPerson = !cue.group().contains("led by");
        int at = cue.end();
        List<Span> names = new ArrayList<>();
        while (true) {
          Matcher n = WHOLE_NAME.matcher(s).region(at, s.length());
          if (!n.lookingAt()) {
            break;
          }
          names.add(new Span(base + n.start(), base + n.end()));
          Matcher gap = LIST_GAP.matcher(s).region(n.end(), s.length());
          if (!list || !gap.lookingAt()) {
            break;
          }
          at = gap.end();
        }
        // NER calls an unknown one-word brand a place now and then; beside a named organization it is one of them, and
        // so is an investor named as one (places invest in nothing; they are invested in).
        boolean investor = list && !cue.group().endsWith(" in ");
        boolean besideAnOrganization = names.stream().anyMatch(n -> accepted.stream()
            .anyMatch(m -> m.type().isOrganization() && n.contains(m.span())));
        for (Span n : names) {
          take(doc, accepted, n, sentence.index(), overPerson, besideAnOrganization || investor);
        }
      }
      Matcher described = DESCRIBED.matcher(s);
      while (described.find()) {
        take(doc, accepted, new Span(base + described.start(1), base + described.end(1)), sentence.index(), true,
            false);
      }
    }
  }

  /** The name as a company, over what NER alone made of it; never over a lexicon's name or a full person's. */
  private static void take(AnnotatedDocument doc, List<Mention> accepted, Span name, int sentence,
      boolean overPerson, boolean overPlace) {
    String surface = name.of(doc.text());
    if (LayeredMentionFinder.SHORT_CAPS.matcher(surface).matches()) {
      return; // AI, US: too short to be a name without a lexicon
    }
    List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(name)).toList();
    for (Mention m : overlapping) {
      boolean person = m.type() == EntityType.PERSON && (m.text().contains(" ") || !overPerson);
      if (m.source() != Mention.Source.NER || !name.contains(m.span()) || person
          || m.type() == EntityType.PLACE && !overPlace || m.type() == EntityType.TOPIC && !m.span().equals(name)) {
        return;
      }
    }
    accepted.removeAll(overlapping);
    accepted.add(new Mention(name, surface, EntityType.COMPANY, sentence, Mention.Source.PATTERN));
  }
}
