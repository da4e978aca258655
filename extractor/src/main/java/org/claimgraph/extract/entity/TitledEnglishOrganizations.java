package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * The organization after an English job title: "CEO of Acme Robotics", "founder of Halden Works", "Head of Research
 * at Bright Forge". A firm's name that NER leaves untagged, or cuts short, is still the employer the title names.
 * "of" is read only after the titles that head a whole organization (chief executive, founder, chair, president, the
 * C-level abbreviations), as "Director of Policy" or "Professor of Physics" name a field; "at" after any title. The
 * name is a run of capitalised words (joined by of, for, and &amp;) that ends the clause: punctuation, a verb, or a
 * conjunction follows, not a noun it would describe ("founder of Acme Robotics startup").
 */
final class TitledEnglishOrganizations {
  /** Titles whose "of" names the whole organization. */
  private static final Pattern HEAD_TITLE = Pattern.compile("(?i)(?:co-?)?founder|chief executive(?: officer)?|"
      + "chair(?:man|woman|person)?|(?:vice[ -])?president|c[a-z]{1,2}o|co-ceo|managing director|general manager|"
      + "owner|managing partner|founding partner|general partner");
  /** A field phrase between a title and "at": Head of Research Partnerships at X. */
  private static final Pattern FIELD_BEFORE_AT = Pattern.compile(" (?:of|for) (?:[A-Z][\\w&-]*(?: |(?= at ))|& |and )"
      + "{1,5}(?=at )");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.'’&-]*");
  private static final Set<String> JOINERS = Set.of("of", "for", "&", "de");
  /** What may follow the name: the clause goes on with a verb, a conjunction, a preposition or an adverb. */
  private static final Pattern AFTER_NAME_TAG = Pattern.compile("VB.?|CC|IN|TO|RB|WDT|WP|MD|[,.:;!?]|-RRB-|''|HYPH");
  /** Words that open no organization's name. */
  private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "This", "That", "Its", "His", "Her",
      "Their", "Our", "Each", "Every", "Both");
  /** A gathering or a place named where a title's "at" often points: at Web Summit, at Harbor Station. */
  private static final Pattern NOT_EMPLOYER_END = Pattern.compile(".*\\b(?:Summit|Conference|Forum|Expo|Festival|Show|"
      + "Week|Congress|Messe|Fair|Meeting|Awards?|Station|Airport|Street|Avenue|Square|Hall|Park)$");
  private static final Pattern SHORT_CAPS = Pattern.compile("[A-Z]{1,3}");
  /** A region's code after "for" or "of": EMEA, APAC, US. */
  private static final Pattern REGION_CODE = Pattern.compile("[A-Z.]{2,5}");
  private static final Pattern NON_PROFIT = Pattern.compile(".*\\b(?:Foundation|Association|Council|Agency|Department|"
      + "Ministry|Federation|Society|Commission|Museum|Trust|Union|Alliance|Coalition|Network|Office|Bureau)\\b.*");

  private TitledEnglishOrganizations() {}

  static void addTo(AnnotatedDocument doc, List<Mention> accepted, TitleLexicon titles) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      String sentenceText = sentence.span().of(text);
      if (LayeredMentionFinder.HAN.matcher(sentenceText).find()) {
        continue;
      }
      for (TitleLexicon.Found title : titles.find(sentenceText, sentence.span().begin())) {
        nameAfter(text, title).ifPresent(begin -> {
          Span name = nameFrom(sentence, begin, text, accepted);
          if (name != null) {
            addOrganization(doc, accepted, name);
          }
        });
      }
    }
  }

  /** Where the organization's name starts after {@code title}'s "of" or "at" (and a "the"), if it has one. */
  private static Optional<Integer> nameAfter(String text, TitleLexicon.Found title) {
    int at = title.span().end();
    if (title.span().begin() > 0 && Character.isLetter(text.charAt(title.span().begin() - 1))) {
      return Optional.empty();
    }
    boolean headTitle = HEAD_TITLE.matcher(title.text()).matches();
    Matcher field = FIELD_BEFORE_AT.matcher(text).region(at, text.length());
    if (field.lookingAt()) {
      at = field.end() - 1;
    }
    int next;
    if (text.startsWith(" at ", at)) {
      next = at + 4;
    } else if (headTitle && text.startsWith(" of ", at)) {
      next = at + 4;
    } else {
      return Optional.empty();
    }
    if (text.startsWith("the ", next)) {
      next += 4;
    }
    return Optional.of(next);
  }

  /** The run of capitalised tokens from {@code begin} that ends the clause, or null. */
  private static Span nameFrom(AnnotatedSentence sentence, int begin, String text, List<Mention> accepted) {
    List<Token> tokens = sentence.tokens();
    int first = sentence.tokenStartingAt(begin);
    if (first < 0 || !CAPITALISED.matcher(tokens.get(first).word()).matches()
        || NOT_NAME_START.contains(tokens.get(first).word())) {
      return null;
    }
    int last = first;
    for (int i = first + 1; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (CAPITALISED.matcher(word).matches() && tokens.get(i).span().begin() == tokens.get(i - 1).span().end() + 1) {
        last = i;
      } else if (JOINERS.contains(word) && i + 1 < tokens.size()
          && CAPITALISED.matcher(tokens.get(i + 1).word()).matches()
          && !REGION_CODE.matcher(tokens.get(i + 1).word()).matches() && !inPlace(accepted, tokens.get(i + 1))) {
        continue; // Hooters of America, but not Acme for EMEA or Acme of Boston: a region the title covers
      } else {
        break;
      }
    }
    Token after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
    if (after != null && (!AFTER_NAME_TAG.matcher(after.pos()).matches() || after.word().matches("['’]s?"))) {
      return null; // "founder of Acme Robotics startup": the capitalised words describe a noun; "Acme's": an owner
    }
    Span name = new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
    String surface = name.of(text);
    if (first == last && SHORT_CAPS.matcher(surface).matches() || NOT_EMPLOYER_END.matcher(surface).matches()) {
      return null; // "CIO of IT": a department's short name, no firm's
    }
    return name;
  }

  private static boolean inPlace(List<Mention> accepted, Token token) {
    return accepted.stream().anyMatch(m -> m.type() == EntityType.PLACE && m.span().contains(token.span()));
  }

  /** Adds {@code name}, replacing organizations NER or a pattern cut short inside it (Halden of Halden Works). */
  private static void addOrganization(AnnotatedDocument doc, List<Mention> accepted, Span name) {
    List<Mention> overlapped = accepted.stream().filter(m -> m.span().overlaps(name)).toList();
    if (overlapped.stream().anyMatch(m -> !name.contains(m.span()) || m.span().equals(name)
        || m.source() == Mention.Source.LEXICON || !m.type().isOrganization() && m.type() != EntityType.TOPIC)) {
      return;
    }
    accepted.removeAll(overlapped.stream().filter(m -> m.type() != EntityType.TOPIC).toList());
    String surface = name.of(doc.text());
    EntityType type = ParticipantLines.RESEARCH.matcher(surface).matches() ? EntityType.RESEARCH_ORGANIZATION
        : NON_PROFIT.matcher(surface).matches() ? EntityType.ORGANIZATION : EntityType.COMPANY;
    LayeredMentionFinder.add(accepted, doc, name, type, Mention.Source.PATTERN);
  }
}
