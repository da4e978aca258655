package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * The pass of {@link LayeredMentionFinder} that names English companies NER tagged as nothing at all: a name it has
 * never seen (Humane, Leap Motion) or an abbreviation it drops (HP). The tagger still marks such a name a proper noun,
 * and the words around one of its occurrences say it is a company, as {@link CompaniesReadAsPeople} reads them for
 * names NER took for people: founded X, acquired X, the startup X, X's chief executive, X, a chip startup, X will
 * acquire; and two more, its spokesperson (an X spokesperson) and its start in a year (when X launched in 2021).
 * Once one occurrence says so, every occurrence of the name is the company's.
 */
final class UntaggedCompanies {
  private UntaggedCompanies() {}

  /** Proper-noun tags of CoreNLP's English tagger (Penn Treebank). */
  private static final Set<String> PROPER_NOUN = Set.of("NNP", "NNPS");

  /**
   * A word of a name: capitalised, or an abbreviation; with digits, hyphens, inner capitals (ClickHouse), accented
   * letters or an inner apostrophe (L’Avenir, which the tokenizer keeps one word).
   */
  private static final Pattern NAME_WORD = Pattern.compile("[A-Z](?:[\\p{L}0-9&'-]|’(?=\\p{L}))*");

  /** Capitalised words of the trade that head no company's name: what a proper-noun tag also falls on. */
  private static final Set<String> NOT_NAMES = Set.of("AI", "AGI", "ML", "AR", "VR", "XR", "IT", "PC", "PCs", "TV",
      "GPU", "GPUs", "CPU", "CPUs", "API", "APIs", "LLM", "LLMs", "IPO", "Inc", "Corp", "Co", "Ltd", "LLC", "The",
      "This", "That", "These", "Those", "It", "Its", "Their", "His", "Her", "Our", "We", "They", "He", "She", "But",
      "And", "Also", "However", "Meanwhile", "In", "On", "At", "For", "With", "By", "From", "As", "If", "When",
      "Today", "Tonight", "Yesterday", "Tomorrow");

  /**
   * A spokesperson after the name (an X spokesperson): a company's, here, where NER saw no person; not read for names
   * NER took for people, as a politician has a spokesperson too.
   */
  private static final Pattern SPOKESPERSON_AFTER = Pattern.compile("^ spokes(?:person|man|woman|people)\\b");

  /**
   * An employer before the name: worked at X, works for X, a stint at X, joined X, left X. Read only for names NER
   * tagged as nothing (a school, a city or an agency it tags), and not for a name that runs on with 's (left Acme's
   * board is still the company's, but joined Jane's team is not).
   */
  private static final Pattern EMPLOYER_BEFORE = Pattern.compile("\\b(?:(?:worked|works|working|work|interned|"
      + "served) (?:at|for)|(?:stints?|tenure|years|career|internship) at|(?:previously|formerly|earlier) at|"
      + "(?:joined|joins|joining|rejoined|left|leaves|leaving|quit|quitting)) $");
  private static final Pattern NOT_POSSESSIVE_AFTER = Pattern.compile("^(?!['’]s?\\b)");

  /**
   * A start in a year, told with no object (When X launched in 2021, X began in 2015): a company's, read only for a
   * capitalised word inside a sentence that NER and the tagger took for no name (a product the lexicon knows).
   */
  private static final Pattern STARTED_IN_YEAR_AFTER =
      Pattern.compile("^ (?:launched|began|started) in (?:19|20)\\d\\d\\b");

  /** Days and months: what follows joined or left as a time (she joined Monday, he left in May). */
  private static final Set<String> CALENDAR = Stream.concat(NamePatterns.CALENDAR.stream(),
      Stream.of("Christmas", "Easter")).collect(Collectors.toUnmodifiableSet());

  /** The longest name an untagged run of proper nouns may be: a company's name has at most three words. */
  private static final int MAX_WORDS = 3;

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Map<String, List<Span>> occurrences = new LinkedHashMap<>();
    List<String> companies = new ArrayList<>();
    for (AnnotatedSentence s : doc.sentences()) {
      for (Span run : untaggedNameRuns(s, text)) {
        if (accepted.stream().anyMatch(m -> m.span().overlaps(run))) {
          continue;
        }
        String name = run.of(text);
        occurrences.computeIfAbsent(name, k -> new ArrayList<>()).add(run);
        String before = text.substring(Math.max(0, run.begin() - 40), run.begin());
        String after = text.substring(run.end(), Math.min(text.length(), run.end() + 60));
        if (!companies.contains(name) && (CompaniesReadAsPeople.companyContextBefore(before)
            || CompaniesReadAsPeople.companyContextAfter(after) || SPOKESPERSON_AFTER.matcher(after).find()
            || STARTED_IN_YEAR_AFTER.matcher(after).find() || ownsANamedPerson(accepted, text, run)
            || EMPLOYER_BEFORE.matcher(before).find() && NOT_POSSESSIVE_AFTER.matcher(after).find()
            && !CALENDAR.contains(name))) {
          companies.add(name);
        }
      }
    }
    for (String name : companies) {
      for (Span at : occurrences.get(name)) {
        accepted.add(new Mention(at, name, EntityType.COMPANY, doc.sentenceAt(at.begin()), Mention.Source.PATTERN));
      }
      // The same name where NER did tag it, as a person or a place: the document has shown what it is.
      LayeredMentionFinder.retypeNerReadings(accepted, name, EntityType.COMPANY);
    }
  }

  /**
   * A possessive, then a person by full name (Acme’s Jane Roe): the press names people by the firm they speak for,
   * and a name that owns a named person is no product or place. NER's people are read so in LayeredMentionFinder.
   */
  private static boolean ownsANamedPerson(List<Mention> accepted, String text, Span run) {
    int at = run.end() + 3;
    return at < text.length() && text.startsWith("s ", run.end() + 1) && "'’".indexOf(text.charAt(run.end())) >= 0
        && accepted.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().begin() == at
        && m.text().contains(" "));
  }

  /** Runs of up to three proper nouns with no NER tag, written as one name (a space or nothing between). */
  private static List<Span> untaggedNameRuns(AnnotatedSentence s, String text) {
    List<Span> runs = new ArrayList<>();
    List<Token> tokens = s.tokens();
    boolean titleCase = titleCase(tokens);
    int i = 0;
    while (i < tokens.size()) {
      if (!nameWord(tokens.get(i)) && !(commonNounName(tokens.get(i)) && !titleCase
          && (i > 0 || i + 1 < tokens.size() && commonNounName(tokens.get(i + 1))))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && (nameWord(tokens.get(j)) || !titleCase && commonNounName(tokens.get(j)))
          && tokens.get(j).span().begin() - tokens.get(j - 1).span().end() <= 1) {
        j++;
      }
      if (j - i <= MAX_WORDS) {
        runs.add(new Span(tokens.get(i).span().begin(), tokens.get(j - 1).span().end()));
      }
      i = j;
    }
    return runs;
  }

  /**
   * A capitalised word the tagger took for a common noun: a company named with an English word (Stripe, Reality
   * Defender) that the tagger reads as the word. Inside a sentence only, or at its start when the next word is one as
   * well, and never in a headline's title case, where every word is capitalised.
   */
  private static boolean commonNounName(Token t) {
    return COMMON_NOUN.contains(t.pos()) && t.ner().equals("O") && CAPITALISED_WORD.matcher(t.word()).matches()
        && !NOT_NAMES.contains(t.word());
  }

  private static final Set<String> COMMON_NOUN = Set.of("NN", "NNS");
  private static final Pattern CAPITALISED_WORD = Pattern.compile("[A-Z][a-z][A-Za-z0-9-]*");

  /** A sentence most of whose words of letters are capitalised: a headline in title case. */
  static boolean titleCase(List<Token> tokens) {
    long words = tokens.stream().filter(t -> t.word().matches("[A-Za-z][A-Za-z-]*")).count();
    long capitalised = tokens.stream().filter(t -> t.word().matches("[A-Z][A-Za-z-]*")).count();
    return words > 0 && capitalised * 2 > words;
  }

  private static boolean nameWord(Token t) {
    return PROPER_NOUN.contains(t.pos()) && t.ner().equals("O") && NAME_WORD.matcher(t.word()).matches()
        && !NOT_NAMES.contains(t.word());
  }
}
