package org.claimgraph.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * Read before the NER layer of {@link LayeredMentionFinder}: names NER took for people that are companies. CoreNLP
 * reads a one-word company name it has never seen (Quillon, Lumio) as a person's about as often as not; the words
 * around it, in Chinese and in English, say which it is.
 */
final class CompaniesReadAsPeople {
  private CompaniesReadAsPeople() {}

  /**
   * What stands after a company, never after a person: its founder or chief and their name (X创始人蔡某), an apposition
   * that calls it a company (X，这家…公司), a list closed by a kind of company (X等游戏巨头), what it owns (X旗下).
   */
  private static final Pattern COMPANY_CONTEXT_AFTER = Pattern.compile("^(?:(?:的)?(?:联合创始人|创始人|创办人|董事长|"
      + "首席执行官|CEO|总裁)(?:兼[^，。、]{1,8}?)?(?=\\p{IsHan}{2,3})|，这家[^，。；]{0,24}?(?:公司|企业|巨头|独角兽|厂商)"
      + "(?=[，。；])|等[^，。；、]{0,8}?(?:公司|企业|巨头|厂商|独角兽)(?=[，。；、]|的(?!负责人|高管|创始人|代表|员工|老板|"
      + "掌门人|董事长|CEO))|(?:宣布|表示)?旗下|的(?:估值|市值|股价|营收))");

  /**
   * Chinese names NER took for a person's that the document shows are companies: 祁米游创始人X, 祁米游，这家…公司. Every
   * mention of such a name is the company's, wherever it stands. Only when a person NER mention follows the title.
   */
  static Set<String> names(AnnotatedDocument doc, Set<String> personSurnames, TitleLexicon titles) {
    Set<String> names = englishNames(doc, personSurnames);
    names.addAll(firmsAfterPosts(doc, titles));
    names.addAll(shortFormsOfCompanies(doc, personSurnames));
    String text = doc.text();
    for (AnnotatedSentence s : doc.sentences()) {
      List<NerMention> mentions = s.nerMentions();
      for (NerMention n : mentions) {
        if (!n.nerType().equals("PERSON") || !HAN_COMPANY_NAME.matcher(n.text()).matches()) {
          continue;
        }
        Matcher after = COMPANY_CONTEXT_AFTER.matcher(text.substring(n.span().end(),
            Math.min(text.length(), n.span().end() + 40)));
        if (!after.find()) {
          continue;
        }
        int titleEnd = n.span().end() + after.end();
        boolean titleBeforeAPerson = after.group().matches("^(?:的)?(?:联合创始人|创始人|创办人|董事长|首席执行官|CEO|总裁).*");
        if (!titleBeforeAPerson || mentions.stream()
            .anyMatch(o -> o.nerType().equals("PERSON") && o.span().begin() == titleEnd)) {
          names.add(n.text());
        }
      }
    }
    return names;
  }

  private static final Pattern HAN_COMPANY_NAME = Pattern.compile("\\p{IsHan}{2,4}");

  /** A one-word Latin name: the only shape of English company name NER reads as a person's without a first name. */
  private static final Pattern LATIN_ONE_WORD = Pattern.compile("[A-Z][A-Za-z0-9]+");

  /** The kind of company English news writes before its name: the startup X, chipmaker X, robot maker X. */
  private static final String COMPANY_NOUN = "(?:startup|start-up|company|firm|unicorn|manufacturer|subsidiary|"
      + "(?:chip|car|auto|robot|drug|phone|software|hardware|game|device|AI)[- ]?maker)";

  /**
   * What English writes before a company's name and never before a person's: the object of founding or buying it
   * (founded X, left to found X, acquired X), its kind (the startup X), the people it employs or is owned by (chief
   * executive of X), and what it owns (a subsidiary of X).
   */
  private static final Pattern ENGLISH_COMPANY_CONTEXT_BEFORE = Pattern.compile("(?:\\b(?:co-?founded|founded|"
      + "(?:to|helped|help) (?:co-?)?found|"
      + "acquired|acquire|acquiring|invested in|investing in|backed by) |\\b" + COMPANY_NOUN + " |\\b(?:co-?founder|"
      + "founder|CEO|chief executive|chief executive officer|president|chairman|chairwoman|employees|investors|"
      + "shareholders|board|headquarters|stake|subsidiary|division|unit|parent company|owner) (?:of|at|in) )$");

  /** The company noun ends its phrase (a chip startup, based in …), so it is no modifier (a startup founder). */
  private static final String NOUN_PHRASE_END = "(?=[,.;)]| (?:in|based|headquartered|that|which|with|from|founded|"
      + "backed|owned|known|valued|whose)\\b)";

  /**
   * What English writes after a company's name and never after a person's: its chiefs and holdings (X's chief
   * executive, X's shares), what was done to it (X was founded, X was acquired), an apposition of its kind (X, a chip
   * startup), where it is based (X, based in), its buying another (X will acquire, X bought).
   */
  private static final Pattern ENGLISH_COMPANY_CONTEXT_AFTER = Pattern.compile("^(?:['’]s (?:co-?founders?|founders?|"
      + "chief executive|chief (?:technology|operating|financial|scientific) officer|CEO|CTO|COO|CFO|president|"
      + "chairman|vice president|head of [a-z]+|general counsel|spokes(?:person|man|woman)|"
      + "board|shares|stock|valuation|revenue|headquarters|employees|investors)\\b| (?:was|is|has been|had been) "
      + "(?:co-?founded|founded|acquired|headquartered|based)\\b|, (?:based|headquartered|founded) in\\b|, (?:a|an|the)"
      + " (?:(?!\\bof\\b)[^,.;]){0,40}?\\b" + COMPANY_NOUN + NOUN_PHRASE_END
      // One of a group of companies: X, one of several startups building …; X, one of the largest chip firms.
      + "|, one of (?:the|several|many|a few|a handful of|a number of|dozens of|hundreds of)(?: [a-z-]+){0,3} "
      + "(?:startups|start-ups|companies|firms|unicorns|chipmakers)\\b"
      + "| (?i:(?:(?:also|has|had|will|would|agreed to|plans to|is set to|to) )*(?:acquire|acquires|acquired|buy|"
      + "buys|bought))\\b)");

  /**
   * English one-word names NER took for a person's or a place's that the document shows are companies: founded
   * Quillon, Quillon's chief executive, Lumio, based in Austin, a subsidiary of Tessaract. Never a name that is the
   * last word of a person's full name in the document (Santos for Maria Santos), which the press calls people by.
   */
  private static Set<String> englishNames(AnnotatedDocument doc, Set<String> personSurnames) {
    Set<String> names = new HashSet<>();
    String text = doc.text();
    for (AnnotatedSentence s : doc.sentences()) {
      for (NerMention n : s.nerMentions()) {
        boolean person = n.nerType().equals("PERSON");
        if (!person && !PlaceUnits.PLACE_TAGS.contains(n.nerType()) || !LATIN_ONE_WORD.matcher(n.text()).matches()
            || personSurnames.contains(n.text())) {
          continue;
        }
        String before = text.substring(Math.max(0, n.span().begin() - 40), n.span().begin());
        String after = text.substring(n.span().end(), Math.min(text.length(), n.span().end() + 60));
        boolean company = person ? companyContextBefore(before) || companyContextAfter(after)
            : OWNER_BEFORE.matcher(before).find() || OWNER_AFTER.matcher(after).find();
        if (company) {
          names.add(n.text());
        }
      }
    }
    return names;
  }

  /** Whether the words before a name (up to 40 characters) are what English writes only before a company's. */
  static boolean companyContextBefore(String before) {
    return ENGLISH_COMPANY_CONTEXT_BEFORE.matcher(before).find();
  }

  /** Whether the words after a name (up to 60 characters) are what English writes only after a company's. */
  static boolean companyContextAfter(String after) {
    return ENGLISH_COMPANY_CONTEXT_AFTER.matcher(after).find();
  }

  /** A full name of two to four capitalised words, the shape of a firm named after its partners (Hall Estill). */
  private static final Pattern LATIN_FULL_NAME = Pattern.compile("[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,3}");

  /**
   * A post, then the unit it is held in (head of the Tax Group, partner in the Litigation Practice), then "at": what
   * English writes before the organization that employs someone. Group 1 is the text the post must end.
   */
  private static final Pattern POST_AT = Pattern.compile("(?s)^(.*?)(?: (?:of|in) (?:the |its )?[A-Z][\\w&.'’-]*"
      + "(?: (?:[A-Z][\\w&.'’-]*|and|of|&))*)? at $");

  /**
   * Names NER took for a person's that follow a post and "at" (head of the IP Group at Hall Rowe, a partner at Ames
   * Kirby): law, consulting and accounting firms are named after people, and no one holds a post at a person. Not a
   * name in the possessive (the director at Jane Doe's request), which is the person's.
   */
  private static Set<String> firmsAfterPosts(AnnotatedDocument doc, TitleLexicon titles) {
    Set<String> names = new HashSet<>();
    String text = doc.text();
    for (AnnotatedSentence s : doc.sentences()) {
      for (NerMention n : s.nerMentions()) {
        if (!n.nerType().equals("PERSON") || !LATIN_FULL_NAME.matcher(n.text()).matches()
            || text.startsWith("'s", n.span().end()) || text.startsWith("’s", n.span().end())) {
          continue;
        }
        Matcher post = POST_AT.matcher(text.substring(Math.max(0, n.span().begin() - 80), n.span().begin()));
        if (!post.matches()) {
          continue;
        }
        String beforeAt = post.group(1);
        if (titles.find(beforeAt, 0).stream().anyMatch(t -> t.span().end() == beforeAt.length())) {
          names.add(n.text());
        }
      }
    }
    return names;
  }

  /** The corporate word that ends a company's full name after the words it goes by (Acme Networks, Acme Inc.). */
  static final Pattern CORPORATE_REST = Pattern.compile(" (?:[A-Z][A-Za-z]+ )?(?:Inc\\.?|Corp\\.?|"
      + "Corporation|Company|Group|Holdings|Technology|Technologies|Networks|Images|Systems|Labs|Robotics|AI|"
      + "Software|Semiconductor|Motors|Electronics|Industries|Capital|Ventures|Analytics|Therapeutics)");

  /** The shapes of a short form NER reads as a person's (one word) or a place's (one or two words). */
  private static final Pattern SHORT_PERSON_FORM = Pattern.compile("[A-Z][A-Za-z]+");
  private static final Pattern SHORT_PLACE_FORM = Pattern.compile("[A-Z][a-z]+(?: [A-Z][a-z]+)?");

  /**
   * The words a company named in full in the document goes by on their own (Acme for Acme Networks, Blue Ridge for
   * Blue Ridge Technology), which NER, seeing them alone, reads as a person's or a place's name: English news names
   * a company in full once and by its first words after. Not a surname of a person named in full in the document
   * (Ford beside Jane Ford), nor a full name whose rest is no corporate word (Doe Foundation, Doe Administration).
   */
  private static Set<String> shortFormsOfCompanies(AnnotatedDocument doc, Set<String> personSurnames) {
    Set<String> companies = new HashSet<>();
    for (AnnotatedSentence s : doc.sentences()) {
      s.nerMentions().stream().filter(n -> n.nerType().equals("ORGANIZATION")).forEach(n -> companies.add(n.text()));
    }
    Set<String> names = new HashSet<>();
    for (AnnotatedSentence s : doc.sentences()) {
      for (NerMention n : s.nerMentions()) {
        String name = n.text();
        boolean shaped = n.nerType().equals("PERSON") ? SHORT_PERSON_FORM.matcher(name).matches()
            : PlaceUnits.PLACE_TAGS.contains(n.nerType()) && SHORT_PLACE_FORM.matcher(name).matches();
        if (shaped && !personSurnames.contains(name) && companies.stream().anyMatch(c -> c.startsWith(name + " ")
            && CORPORATE_REST.matcher(c.substring(name.length())).matches())) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * The narrower context that makes a name NER read as a place's a company's: what only a company has, a parent of
   * subsidiaries, founders and a chief executive, shares (a subsidiary of X, X's chief executive, X's shares), not a
   * president, a headquarters or a founding year, which places have as well.
   */
  private static final Pattern OWNER_BEFORE = Pattern.compile("\\b(?:subsidiary|division|parent company|owner|"
      + "co-?founder|founder|CEO|chief executive|shareholders) of $");
  private static final Pattern OWNER_AFTER = Pattern.compile("^['’]s (?:co-?founders?|founders?|chief executive|CEO|"
      + "shares|stock|valuation|subsidiary)\\b");
}
