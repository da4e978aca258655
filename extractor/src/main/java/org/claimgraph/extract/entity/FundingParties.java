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

/**
 * The pass of {@link LayeredMentionFinder} that reads funding news for the businesses it names by their part in a
 * deal, where NER often sees no name at all (a one-word brand, a name with a digit): the investor a round is led by ("a
 * Series A led by Abstract"), the investors listed after the word ("investors Macquarie Capital, Mori Building and
 * Shell", "Investors include …", "with participation from …"), the companies invested in or held ("invested in Snap
 * and Epic Games", "stakes in PartnerRe and Fiat Chrysler Automobiles"), a rival ("its competitor, Cognition") and a
 * name described as a startup or firm right after it ("Conversion—an AI-powered marketing startup"). A full person's
 * name NER found stays a person (angels invest too), and so does a lone surname after "led by"; a lexicon's name
 * keeps its type, and a place NER found unless it is listed beside a named organization. Chinese funding news is
 * read the same way, see {@link #addChineseInvestors}.
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
          + "investments? in|stakes? in|participation (?:from|of|by)|(?:rival|competitor)s?,?) (?=[A-Z0-9])");
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
        addChineseInvestors(doc, sentence, accepted);
        continue;
      }
      int base = sentence.span().begin();
      Matcher cue = CUE.matcher(s);
      while (cue.find()) {
        if (cue.group().contains("led by") && !DEAL.matcher(s).find()) {
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

  /** A verb of taking part in a round, after its investors: 由A领投、B和C跟投; A、B参投. */
  private static final Pattern HAN_INVESTING_VERB = Pattern.compile("(?:共同|联合)?(?:领投|跟投|参投|追投|独家投资)");
  /** The word before a list of investors: 投资方包括A、B; 老股东有A、B和C等. */
  private static final Pattern HAN_INVESTORS_CUE = Pattern.compile(
      "(?:投资方|投资人|投资机构|出资方|老股东|新股东|现有股东|原有股东|股东)(?:还|则|主要)?(?:包括|包含|有|为|是)[：:]?");
  /** What ends a list: a clause break, 等, or 由 opening the round's leader. */
  private static final Pattern HAN_LIST_BREAK = Pattern.compile("[，,。；;：:！？!?（(）)“”\"]|由");
  private static final Set<String> HAN_ITEM_JOINERS = Set.of("、", "和", "与", "及", "以及");
  /** The parts of speech of a name's words: proper and common nouns, adjectives, foreign words, numbers. */
  private static final Pattern HAN_NAME_TAGS = Pattern.compile("NR|NN|JJ|FW|CD|OD|URL");
  /** The word for an investor's kind ending its name: 某某资本, 某某创投, Acme Ventures. */
  private static final Pattern INVESTOR_HEAD = Pattern.compile(
      ".{2,}(?:资本|创投|投资|基金|资管|控股|集团|Capital|Ventures|Partners|Fund)$");
  /** Words of a description, not a name: 多家机构, 知名基金, 老股东, 政府引导基金. */
  private static final Pattern HAN_DESCRIPTION_WORD = Pattern.compile(
      "多家|数家|一家|几家|某|知名|头部|著名|其他|其它|现有|原有|老股东|新股东|股东|机构|投资方|投资人|政府|国资|地方|产业|引导|"
          + "本轮|此轮|这轮|该轮|融资|公司|团队|个人|天使");

  /**
   * Chinese funding news names each investor by its part in the round, where NER sees a place or nothing (北岭光合,
   * 蓝鲸移动): the names before a verb of investing (由A领投、B和C跟投) and after the word for the investors (老股东有A、B
   * 和C等). An item is a run of noun-like words that holds a proper noun or a Latin word, or ends in an investor's kind
   * (某某资本); a person NER found stays a person (angels invest too).
   */
  private static void addChineseInvestors(AnnotatedDocument doc, AnnotatedSentence sentence,
      List<Mention> accepted) {
    String text = doc.text();
    int base = sentence.span().begin();
    String s = sentence.span().of(text);
    int previousVerbEnd = 0;
    Matcher verb = HAN_INVESTING_VERB.matcher(s);
    while (verb.find()) {
      int from = Math.max(previousVerbEnd, lastBreak(s, verb.start()));
      takeHanItems(doc, sentence, accepted, base + from, base + verb.start(), true);
      previousVerbEnd = verb.end();
    }
    Matcher cue = HAN_INVESTORS_CUE.matcher(s);
    while (cue.find()) {
      Matcher end = HAN_LIST_BREAK.matcher(s).region(cue.end(), s.length());
      int to = end.find() ? end.start() : s.length();
      int etc = s.indexOf('等', cue.end());
      takeHanItems(doc, sentence, accepted, base + cue.end(), base + (etc >= 0 && etc < to ? etc : to), false);
    }
  }

  /** Where the clause holding {@code at} begins: after the last break before it. */
  private static int lastBreak(String s, int at) {
    int from = 0;
    Matcher b = HAN_LIST_BREAK.matcher(s).region(0, at);
    while (b.find()) {
      from = b.end();
    }
    return from;
  }

  /**
   * The items of a list of investors between {@code from} and {@code to}, split at 、 and 和; before a verb, the first
   * item is the longest run of noun-like words ending it (星河科技获得A领投: A), the list ending in 等 is cut there.
   */
  private static void takeHanItems(AnnotatedDocument doc, AnnotatedSentence sentence, List<Mention> accepted,
      int from, int to, boolean beforeVerb) {
    List<Token> tokens = sentence.tokens().stream()
        .filter(t -> t.span().begin() >= from && t.span().end() <= to).toList();
    if (beforeVerb && !tokens.isEmpty() && tokens.get(tokens.size() - 1).word().equals("等")) {
      tokens = tokens.subList(0, tokens.size() - 1);
    }
    List<List<Token>> items = new ArrayList<>();
    List<Token> item = new ArrayList<>();
    for (Token t : tokens) {
      if (HAN_ITEM_JOINERS.contains(t.word())) {
        items.add(item);
        item = new ArrayList<>();
      } else {
        item.add(t);
      }
    }
    items.add(item);
    for (int i = 0; i < items.size(); i++) {
      List<Token> words = items.get(i);
      int start = words.size();
      while (start > 0 && isNameWord(words, start - 1)) {
        start--;
      }
      if (start > 0 && !(i == 0 && beforeVerb)) {
        continue; // only the first item before a verb may follow the clause's own words (星河科技获得A领投)
      }
      words = words.subList(start, words.size());
      if (words.isEmpty()) {
        continue;
      }
      Span name = new Span(words.get(0).span().begin(), words.get(words.size() - 1).span().end());
      String surface = name.of(doc.text());
      boolean named = words.stream().anyMatch(t -> t.pos().equals("NR") || t.pos().equals("FW"))
          || INVESTOR_HEAD.matcher(surface).matches();
      if (named && surface.length() >= 2 && surface.length() <= 12 && !HAN_DESCRIPTION_WORD.matcher(surface).find()) {
        takeHan(doc, accepted, name, sentence.index());
      }
    }
  }

  /**
   * Whether word {@code i} of an item may be part of a name: a noun-like word, or one the tagger took for a verb right
   * after a proper noun (北岭/NR 光合/VV), which a name's second word often is.
   */
  private static boolean isNameWord(List<Token> words, int i) {
    String pos = words.get(i).pos();
    return HAN_NAME_TAGS.matcher(pos).matches() || pos.equals("VV") && i > 0 && words.get(i - 1).pos().equals("NR");
  }

  /**
   * A Chinese investor's name as a company: over NER's place inside it (北岭 of 北岭光合), not over a mention NER took
   * for a person, nor over a lexicon's or a pattern's, nor over an organization already found (it is one).
   */
  private static void takeHan(AnnotatedDocument doc, List<Mention> accepted, Span name, int sentence) {
    List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(name)).toList();
    for (Mention m : overlapping) {
      if (m.source() != Mention.Source.NER || !name.contains(m.span()) || m.type() == EntityType.PERSON
          || m.type().isOrganization() || m.type() == EntityType.PLACE && m.span().equals(name)) {
        return;
      }
    }
    accepted.removeAll(overlapping);
    accepted.add(new Mention(name, name.of(doc.text()), EntityType.COMPANY, sentence, Mention.Source.PATTERN));
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
