package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.LayeredMentionFinder.HAN;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.TitleLexicon;

/** The passes of {@link LayeredMentionFinder} that complete Chinese person names from the names found elsewhere. */
final class PersonNames {
  private PersonNames() {}

  /**
   * CoreNLP segments a rare name differently in each sentence (欧阳/清源 here, 欧阳清源 there): a person mention that is
   * the start or the end of a longer person name found elsewhere, with the rest of that name right beside it in the
   * text, is that name.
   */
  static void completeCutNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Set<String> names = new HashSet<>();
    for (Mention m : accepted) {
      if (m.type() == EntityType.PERSON && m.source() != Mention.Source.NER && HAN.matcher(m.text()).find()) {
        names.add(m.text());
      }
    }
    for (Mention m : List.copyOf(accepted)) {
      if (m.type() != EntityType.PERSON || names.contains(m.text())) {
        continue;
      }
      for (String name : names) {
        int begin = -1;
        if (name.length() > m.text().length() && name.startsWith(m.text()) && text.startsWith(name, m.span().begin())) {
          begin = m.span().begin();
        } else if (name.length() > m.text().length() && name.endsWith(m.text())
            && m.span().end() - name.length() >= 0 && text.startsWith(name, m.span().end() - name.length())) {
          begin = m.span().end() - name.length();
        }
        if (begin < 0) {
          continue;
        }
        Span full = new Span(begin, begin + name.length());
        if (accepted.stream().anyMatch(o -> o != m && o.span().overlaps(full) && o.type() != EntityType.TOPIC)) {
          continue;
        }
        accepted.remove(m);
        accepted.add(new Mention(full, name, EntityType.PERSON, m.sentence(), m.source()));
        break;
      }
    }
  }

  /**
   * A company's legal representative named after the post and a copula (法定代表人为张三, 法人代表是李四): a person,
   * whatever NER typed the name (a rare two-character name read as a place), and the whole name when NER left its
   * last character outside (张三丰 cut to 张三 before a comma). Round 24; source of the post:
   * https://zh.wikipedia.org/wiki/法定代表人.
   */
  private static final Pattern LEGAL_REPRESENTATIVE = Pattern.compile("(?:法定代表人|法人代表)(?:为|是|係|系)$");
  private static final Pattern NAME_END = Pattern.compile("^[\\p{IsHan}&&[^等的了和与及在是也]](?=[，,。；;、）)]|$)");

  static void addLegalRepresentatives(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention m : List.copyOf(accepted)) {
      if ((m.type() != EntityType.PERSON && m.type() != EntityType.PLACE) || m.source() != Mention.Source.NER
          || !HAN.matcher(m.text()).find() || m.text().length() > 3
          || !LEGAL_REPRESENTATIVE.matcher(text).region(Math.max(0, m.span().begin() - 8), m.span().begin()).find()) {
        continue;
      }
      int end = m.span().end();
      Matcher last = NAME_END.matcher(text).region(end, Math.min(text.length(), end + 2));
      Span rest = new Span(end, end + 1);
      boolean cut = m.text().length() == 2 && last.lookingAt()
          && accepted.stream().noneMatch(o -> o != m && o.span().overlaps(rest));
      Span name = new Span(m.span().begin(), cut ? end + 1 : end);
      accepted.remove(m);
      accepted.add(new Mention(name, name.of(text), EntityType.PERSON, m.sentence(), m.source()));
    }
  }

  /** Verbs of taking a post that the segmenter glues onto a name before the post (宋某任组长, 张某为董事长). */
  private static final String POST_VERBS = "任为";
  /**
   * Adverbs of time that open a person's predicate and whose first character the segmenter glues onto a rare name
   * (李某此前在…, 王某目前担任…): the name ends before them.
   */
  private static final Pattern TIME_ADVERB_AFTER = Pattern.compile("(?:此前|此后|之前|之后|目前|如今|曾经|随后|近日|日前|"
      + "先后|一直|已经|正在)");

  /**
   * A Chinese name with the next word's first character glued on, which the segmenter does with a rare name: 张某任组长
   * (张某任|组长), 李某组建 (李某组|建). The last character is cut off when it is a verb of taking a post right before a
   * title, when it opens an adverb of time with the next (李某此|前), or when the shorter name is a person's at least
   * twice elsewhere in the article and the longer one only here, with more Chinese text right after it.
   */
  static void trimGluedCharacters(AnnotatedDocument doc, List<Mention> accepted, TitleLexicon titles) {
    String text = doc.text();
    for (Mention m : List.copyOf(accepted)) {
      String name = m.text();
      if (m.type() != EntityType.PERSON || m.source() == Mention.Source.LEXICON || name.length() < 3
          || !name.matches("\\p{IsHan}+") || m.span().end() >= text.length()
          || !Languages.isHan(text.charAt(m.span().end()))) {
        continue;
      }
      String shorter = name.substring(0, name.length() - 1);
      boolean beforePost = POST_VERBS.indexOf(name.charAt(name.length() - 1)) >= 0 && titleAt(doc, m, titles);
      boolean beforeTimeAdverb = TIME_ADVERB_AFTER.matcher(text).region(m.span().end() - 1, text.length()).lookingAt();
      long shorterElsewhere = accepted.stream().filter(o -> o.type() == EntityType.PERSON && o.text().equals(shorter)
          && !o.span().overlaps(m.span())).count();
      long longerElsewhere = accepted.stream().filter(o -> o != m && o.text().equals(name)).count();
      if (beforePost || beforeTimeAdverb || shorterElsewhere >= 2 && longerElsewhere == 0) {
        accepted.remove(m);
        Span trimmed = new Span(m.span().begin(), m.span().end() - 1);
        accepted.add(new Mention(trimmed, shorter, EntityType.PERSON, m.sentence(), m.source()));
      }
    }
  }

  /** Whether a job title, on CoreNLP's words, starts right after the mention. */
  private static boolean titleAt(AnnotatedDocument doc, Mention m, TitleLexicon titles) {
    AnnotatedSentence sentence = doc.sentences().get(doc.sentenceAt(m.span().begin()));
    return titles.find(sentence.span().of(doc.text()), sentence.span().begin(), sentence.tokens(), at -> false)
        .stream().anyMatch(t -> t.span().begin() == m.span().end());
  }

  /**
   * Family names of the 百家姓 (https://zh.wikipedia.org/wiki/百家姓) whose character is also a word of its own (应该,
   * 管理, 项目, 安全), so the segmenter cuts it off a three-character name (应|马可) and NER keeps only the given name.
   */
  private static final String WORDLIKE_SURNAMES = "应管项解谈申尚符车时安齐全景苗花宫计单容";

  /**
   * A two-character given name right after a job title and one character that is a family name the segmenter split
   * off (首席架构师应|马可, 技术总监管|一鸣): the name is three characters. The title shows a name starts there, and the
   * given name is a proper noun or NER's person, so a word after a title (总经理应该) is not taken for a name.
   */
  static void addSplitSurnames(AnnotatedDocument doc, List<Mention> accepted, TitleLexicon titles) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        Token surname = tokens.get(i);
        Token given = tokens.get(i + 1);
        boolean givenName = given.word().matches("\\p{IsHan}{2}") && given.span().begin() == surname.span().end()
            && (given.pos().equals("NR") && given.ner().equals("O") || given.ner().equals("PERSON"));
        if (surname.word().length() != 1 || WORDLIKE_SURNAMES.indexOf(surname.word().charAt(0)) < 0 || !givenName
            || titles.chainStart(text, surname.span().begin()) >= surname.span().begin()) {
          continue;
        }
        Span full = new Span(surname.span().begin(), given.span().end());
        List<Mention> inside = accepted.stream().filter(o -> o.span().overlaps(full)).toList();
        if (inside.stream().anyMatch(o -> o.type() != EntityType.PERSON || !full.contains(o.span()))) {
          continue;
        }
        accepted.removeAll(inside);
        accepted.add(new Mention(full, full.of(text), EntityType.PERSON, sentence.index(), Mention.Source.PATTERN));
      }
    }
  }

  /**
   * A person's age before the name, with 的 or a word for a child between (15岁的张三, 6岁男孩李四, 7岁女儿豆豆): news
   * introduces ordinary people so. The name is a proper noun that starts with a family name, or a given name said
   * twice (晨晨, 豆豆), the pet name Chinese families give a child (https://zh.wikipedia.org/wiki/小名), which the
   * tagger may read as a verb.
   */
  private static final Pattern AGE_BEFORE_NAME = Pattern.compile("(?:\\d{1,3}|[一二三四五六七八九十]{1,3})[岁歲]"
      + "(?:的?(?:男孩|女孩|男童|女童|儿子|兒子|女儿|女兒|孩子|小孩|宝宝|寶寶)|的)");

  private static final Set<String> NOT_NAME_TAGS = Set.of("AD", "CD", "M", "DT", "P", "CC", "SP", "AS", "PN");

  /** The people {@link #AGE_BEFORE_NAME} introduces: a proper noun with a family name, or a pet name said twice. */
  static void addPeopleIntroducedByAge(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher age = AGE_BEFORE_NAME.matcher(text);
    while (age.find()) {
      int at = doc.sentenceAt(age.end());
      int index = at < 0 ? -1 : doc.sentences().get(at).tokenStartingAt(age.end());
      if (index < 0) {
        continue;
      }
      Token first = doc.sentences().get(at).tokens().get(index);
      if (!HAN.matcher(first.word()).lookingAt()) {
        continue;
      }
      String word = first.word();
      // not an adverb said twice (3岁宝宝天天都想玩: every day)
      boolean petName = word.length() == 2 && word.charAt(0) == word.charAt(1) && !NOT_NAME_TAGS.contains(first.pos());
      boolean properName = word.length() >= 2 && word.length() <= 3 && first.pos().equals("NR")
          && NamePatterns.startsWithSurname(Languages.simplified(word));
      Span name = first.span();
      if ((petName || properName) && accepted.stream().noneMatch(a -> a.span().overlaps(name))) {
        accepted.add(new Mention(name, word, EntityType.PERSON, at, Mention.Source.PATTERN));
      }
    }
  }

  /**
   * A family name and a term of address (李女士, 张先生, 王老师, 刘阿姨, 陈医生): Chinese news names an interviewee so
   * (市民李女士, 家长张先生). Terms: Wiktionary 先生 "Mr.", 女士 "Ms.", 小姐 "Miss", 太太 "Mrs.", 老师 "teacher (also
   * a polite title)", 阿姨 "auntie", 叔叔 "uncle", 大爷 and 大妈 (an elderly man or woman), 师傅 "master (a polite
   * title for a worker)", 医生 and 大夫 "doctor", 律师 "lawyer", 同学 "classmate (a student's title)"; in either
   * script.
   */
  private static final Pattern TERM_OF_ADDRESS = Pattern.compile(
      "先生|女士|小姐|太太|老师|老師|阿姨|叔叔|大爷|大爺|大妈|大媽|师傅|師傅|医生|醫生|大夫|律师|律師|同学|同學");
  /** Marks that open a quoted name or a title: “ 「 『 《 " ‘. */
  private static final String OPENING_MARKS = "“「『《\"‘";
  /** Words that give a nickname right before it: 俗称, 称为, 叫做, 名为, 昵称, 外号, 绰号, 取名. */
  private static final Pattern NICKNAME_CUE = Pattern.compile("(?:俗称|称为|称作|叫做|叫作|名为|昵称|外号|绰号|取名)$");
  /** Tags the family name's word cannot have: 向医生 (to the doctor), 常老师 (often). */
  private static final Set<String> NOT_SURNAME_TAGS = Set.of("P", "AD", "CC", "DT", "CD", "M", "PN", "VV", "LC");

  /**
   * The family name (one or two characters, 欧阳先生) opens a word and the term ends one, with no other word between
   * (not 班主任老师 nor 对于女士, whose family name character ends another word), and no 们 follows (王老师们 is a group).
   */
  static void addPeopleByTermOfAddress(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher term = TERM_OF_ADDRESS.matcher(text);
    while (term.find()) {
      int end = term.end();
      int at = doc.sentenceAt(term.start());
      if (at < 0 || end < text.length() && (text.charAt(end) == '们' || text.charAt(end) == '們')) {
        continue;
      }
      AnnotatedSentence sentence = doc.sentences().get(at);
      if (sentence.tokenEndingAt(end) < 0) {
        continue;
      }
      for (int length = 2; length >= 1; length--) {
        int begin = term.start() - length;
        if (begin < 0 || !NamePatterns.isSurname(Languages.simplified(text.substring(begin, term.start())))) {
          continue;
        }
        if (begin > 0 && OPENING_MARKS.indexOf(text.charAt(begin - 1)) >= 0) {
          break; // a screen name or title in marks (网名“王老师说科技”), not a person addressed so
        }
        if (NICKNAME_CUE.matcher(Languages.simplified(text.substring(Math.max(0, begin - 3), begin))).find()) {
          break; // 俗称张阿姨: a thing's nickname, as a household robot or a product may be called
        }
        int firstIndex = sentence.tokenStartingAt(begin);
        Token first = firstIndex < 0 ? null : sentence.tokens().get(firstIndex);
        boolean oneOrTwoWords = first != null && (first.span().end() == end
            || first.span().end() == term.start() && !NOT_SURNAME_TAGS.contains(first.pos()));
        if (!oneOrTwoWords) {
          continue;
        }
        Span name = new Span(begin, end);
        // The family name alone may have been read as the person (李); the whole form replaces it.
        accepted.removeIf(a -> a.type() == EntityType.PERSON && name.contains(a.span()) && !a.span().equals(name));
        if (accepted.stream().noneMatch(a -> a.span().overlaps(name))) {
          accepted.add(new Mention(name, name.of(text), EntityType.PERSON, at, Mention.Source.PATTERN));
        }
        break;
      }
    }
  }

  /**
   * A Chinese name joined by 与/和/、 to a person's name and sharing its predicate (王某与李某某，他们同为…) is a
   * person's too, when the tagger reads its first word as a proper noun.
   */
  static void addCoordinatedPeople(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention person : List.copyOf(accepted)) {
      if (person.type() != EntityType.PERSON || !HAN.matcher(person.text()).find()) {
        continue;
      }
      Matcher m = NamePatterns.COORDINATED_HAN_PERSON.matcher(text).region(person.span().end(), text.length());
      m.useTransparentBounds(true);
      if (!m.lookingAt()) {
        continue;
      }
      Span name = new Span(m.start("name"), m.end("name"));
      List<Token> inside = doc.sentences().get(doc.sentenceAt(name.begin())).tokens().stream()
          .filter(t -> t.span().overlaps(name)).toList();
      // The family name opens a proper noun (a rare given name may be cut into other words: 邬 + 远 + 舟).
      boolean properNoun = !inside.isEmpty() && inside.get(0).span().begin() == name.begin()
          && inside.get(0).pos().equals("NR") && inside.get(inside.size() - 1).span().end() == name.end();
      if (properNoun && accepted.stream().noneMatch(a -> a.span().overlaps(name))) {
        accepted.add(new Mention(name, name.of(text), EntityType.PERSON, doc.sentenceAt(name.begin()),
            Mention.Source.PATTERN));
      }
    }
  }
  /**
   * A Western name with a nickname or a player's handle quoted between its given name and its family name: Piotr
   * "Viper" Nowak, Hans “Ghost” Keller. The handle is at most three words, and the family name one capitalised
   * word.
   */
  private static final Pattern QUOTED_NICKNAME_NAME = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’-]+ [\"“]"
      + "(?<nick>[^\"“”\\s]+(?: [^\"“”\\s]+){0,2})[\"”] \\p{Lu}[\\p{L}'’-]+(?![\\p{L}'’-])");

  /**
   * Whole names with a quoted nickname inside (Piotr "Viper" Nowak), which NER cuts at the quotation marks into a
   * given name and a family name of their own: one person's mention, when NER or the passes before read either end as
   * a person's (or another such name of the sentence is one) and nothing found crosses the name's edges or reads an
   * end as another kind of name.
   */
  static void addQuotedNicknameNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    List<Span> names = new ArrayList<>();
    List<Boolean> people = new ArrayList<>();
    Matcher m = QUOTED_NICKNAME_NAME.matcher(text);
    while (m.find()) {
      Span full = new Span(m.start(), m.end());
      Span given = new Span(m.start(), m.start("nick") - 2);
      Span family = new Span(m.end("nick") + 2, m.end());
      List<Mention> touching = accepted.stream().filter(o -> o.span().overlaps(full)).toList();
      if (touching.stream().anyMatch(o -> !full.contains(o.span()) || o.type() != EntityType.PERSON
          && !o.span().overlaps(new Span(given.end(), family.begin())))
          || full.of(text).contains("\n")) {
        continue; // a name that goes on past the quotation, or a word of another kind at an end
      }
      names.add(full);
      people.add(touching.stream().anyMatch(o -> o.type() == EntityType.PERSON
          && (o.span().overlaps(given) || o.span().overlaps(family))));
    }
    // A name NER missed at both ends is a person's when it is listed next to another such name that is (two players,
    // A "x" B (Zerg) and C "y" D, where NER knew only C).
    for (int i = names.size() - 2; i >= 0; i--) {
      people.set(i, people.get(i) || people.get(i + 1) && listedTogether(text, names.get(i), names.get(i + 1)));
    }
    for (int i = 1; i < names.size(); i++) {
      people.set(i, people.get(i) || people.get(i - 1) && listedTogether(text, names.get(i - 1), names.get(i)));
    }
    for (int i = 0; i < names.size(); i++) {
      Span full = names.get(i);
      int sentence = doc.sentenceAt(full.begin());
      if (!people.get(i)) {
        continue;
      }
      accepted.removeIf(o -> o.span().overlaps(full));
      accepted.add(new Mention(full, full.of(text), EntityType.PERSON, sentence, Mention.Source.PATTERN));
    }
  }

  /**
   * A speaker named with the organization they are of, before a verb of saying: Jane Doe of Harbor Ventures adds, …
   * (two capitalised words before "of", neither a word that heads an organization's own name: Bank of X, University of
   * X).
   */
  /** Words that head an organization's own name (Bank of X, University of X), not a person's. */
  private static final String ORGANIZATION_HEAD_WORDS = "Bank|University|Institute|College|School|Department|"
      + "Ministry|Museum|Academy|Society|Association|Council|Board|Court|Office|Center|Centre|Church|League|"
      + "Federation|Union|Commission|Agency|Service|Foundation|Fund|Trust|Group|Division|Party|Bureau|Chamber|"
      + "Government|State|Republic|Kingdom|Port|Lake|Gulf|Bay|Isle|City|County";
  private static final Pattern PERSON_OF_ORGANIZATION_SAYS = Pattern.compile("(?<![A-Za-z'’-])(?<person>(?!(?:"
      + "The|A|An|" + ORGANIZATION_HEAD_WORDS + ")\\b)[A-Z][a-z]+ (?!(?:" + ORGANIZATION_HEAD_WORDS
      + "|Hospital|Clinic|Library)\\b)[A-Z][a-z'’-]+) of (?:the )?[A-Z][A-Za-z&.-]*"
      + "(?: [A-Z][A-Za-z&.-]*){0,3},? (?:adds|added|said|says|told|tells|notes|noted|explains|explained|wrote|writes)"
      + "\\b");

  /**
   * The speaker of "Jane Doe of Harbor Ventures adds, …", whom NER ran into the organization's name (one organization
   * "Jane Doe of Harbor Ventures", of which the passes keep the organization): a person's mention, when nothing else
   * was found on the name and NER read its words as the organization's.
   */
  static void addSpeakersOfOrganizations(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher m = PERSON_OF_ORGANIZATION_SAYS.matcher(text);
    while (m.find()) {
      Span person = new Span(m.start("person"), m.end("person"));
      int sentence = doc.sentenceAt(person.begin());
      if (sentence < 0 || accepted.stream().anyMatch(o -> o.span().overlaps(person))) {
        continue;
      }
      List<Token> words = doc.sentences().get(sentence).tokens().stream()
          .filter(t -> t.span().overlaps(person)).toList();
      if (words.isEmpty() || !words.stream().allMatch(t -> t.ner().equals("ORGANIZATION"))) {
        continue;
      }
      accepted.add(new Mention(person, person.of(text), EntityType.PERSON, sentence, Mention.Source.PATTERN));
    }
  }

  /** What stands between two names of a list: a comma or "and", perhaps after a note in brackets. */
  private static final Pattern LIST_GAP = Pattern.compile("(?: \\([^()]{1,40}\\))?(?:,? and |, )");

  private static boolean listedTogether(String text, Span first, Span second) {
    return first.end() <= second.begin() && LIST_GAP.matcher(text.substring(first.end(), second.begin())).matches();
  }

  /** A Western name in Latin letters: two or three capitalised words (Ruth Kemp, Sam McCandlish, Mary-Ann O'Neil). */
  private static final Pattern LATIN_PERSON_SHAPE =
      Pattern.compile("(?<![A-Za-z])[A-Z][a-z]*[A-Z]?[a-z]+(?:[- ][A-Z][a-z]*[A-Z']?[a-z]+){1,2}(?![A-Za-z])");
  /** What joins the items of a Chinese list. */
  private static final Pattern LIST_JOINT = Pattern.compile("\\s*(?:、|和|与|及|以及)\\s*");
  /** A list's end that says its items are people: 等人, 等研究员, 两人. */
  private static final Pattern PEOPLE_AFTER =
      Pattern.compile("^\\s*(?:等(?:人|几人|多人|研究人员|研究员|科学家|工程师|高管)|[两三四五六七八九]人)");

  /**
   * Western names in Latin letters listed in Chinese text with a person (王立新、Mark Chen、Sara Lopez等人;
   * 由Alan Moore和Ruth Kemp领导): Chinese NER reads Latin names poorly, so a name of that shape in a list that holds a
   * person, or that ends in 等人, is a person's too, whatever NER made of it.
   */
  static void addListedLatinPeople(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      Span within = sentence.span();
      if (!HAN.matcher(within.of(text)).find()) {
        continue;
      }
      // The items in order: every Latin name of a person's shape and every person already found.
      List<Span> items = new ArrayList<>();
      Matcher shape = LATIN_PERSON_SHAPE.matcher(text).region(within.begin(), within.end());
      while (shape.find()) {
        items.add(new Span(shape.start(), shape.end()));
      }
      accepted.stream().filter(m -> m.type() == EntityType.PERSON && within.contains(m.span())
          && items.stream().noneMatch(i -> i.overlaps(m.span()))).forEach(m -> items.add(m.span()));
      items.sort(Comparator.comparingInt(Span::begin));
      int first = 0;
      while (first < items.size()) {
        int last = first;
        while (last + 1 < items.size() && LIST_JOINT.matcher(text.substring(items.get(last).end(),
            items.get(last + 1).begin())).matches()) {
          last++;
        }
        List<Span> list = items.subList(first, last + 1);
        boolean people = list.size() > 1 && list.stream().anyMatch(i -> isPerson(accepted, i))
            || PEOPLE_AFTER.matcher(text.substring(list.get(list.size() - 1).end(), within.end())).find();
        if (people) {
          for (Span item : list) {
            if (!isPerson(accepted, item) && !HAN.matcher(item.of(text)).find()) {
              accepted.removeIf(m -> m.span().equals(item) && m.source() == Mention.Source.NER);
              if (accepted.stream().noneMatch(m -> m.span().overlaps(item))) {
                accepted.add(new Mention(item, item.of(text), EntityType.PERSON, sentence.index(),
                    Mention.Source.PATTERN));
              }
            }
          }
        }
        first = last + 1;
      }
    }
  }

  private static boolean isPerson(List<Mention> accepted, Span span) {
    return accepted.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().equals(span));
  }

  /** A Chinese transliteration: two to five Han characters, perhaps dotted (门施, 拉克罗瓦, 阿瑟·门施). */
  private static final Pattern TRANSLITERATION = Pattern.compile("\\p{IsHan}{2,5}(?:·\\p{IsHan}{1,5})?");

  /** One syllable of Hanyu Pinyin, without tone marks (Xiang, Li, gang). */
  private static final Pattern PINYIN_SYLLABLE = Pattern.compile("(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|"
      + "uang|ueng|iao|ian|ing|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)",
      Pattern.CASE_INSENSITIVE);
  /** A name in Latin letters in brackets, perhaps marked as a transliteration: （Xiang Ligang，音译）, (Zhang Wei). */
  private static final Pattern BRACKETED_LATIN_NAME =
      Pattern.compile("[(（]([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?:[，,]\\s*音[译譯])?[)）]");

  /**
   * A person's name in Chinese written right before its form in Latin letters in brackets: a foreign name's rendering
   * (执行长门施（Arthur Mensch）表示: the Latin name a person's, the tagger's one proper noun before it) or a Chinese
   * name's romanization (高层王立新（Wang Lixin，音译）表示: as many characters before it as the romanization has
   * syllables, however the segmenter cut them). The resolver then joins the two forms.
   */
  static void addTransliterationsBeforeLatinNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    List<Span> names = new ArrayList<>();
    for (Mention person : accepted) {
      int open = person.span().begin() - 1;
      if (person.type() != EntityType.PERSON || HAN.matcher(person.text()).find() || open < 1
          || (text.charAt(open) != '(' && text.charAt(open) != '（')) {
        continue;
      }
      int sentence = doc.sentenceAt(open);
      if (sentence >= 0) {
        doc.sentences().get(sentence).tokens().stream()
            .filter(t -> t.span().end() == open && t.pos().equals("NR") && TRANSLITERATION.matcher(t.word()).matches())
            .findFirst().ifPresent(t -> names.add(t.span()));
      }
    }
    Matcher latin = BRACKETED_LATIN_NAME.matcher(text);
    while (latin.find()) {
      int characters = 0;
      for (String word : latin.group(1).split(" ")) {
        int n = syllables(word);
        characters = n < 0 || characters < 0 ? -1 : characters + n;
      }
      int begin = latin.start() - characters;
      if (characters >= 2 && characters <= 4 && begin >= 0
          && text.substring(begin, latin.start()).codePoints().allMatch(Languages::isHan)) {
        Span name = new Span(begin, latin.start());
        // NER's piece of the name (王立 of 王立新) gives way to the whole of it
        accepted.removeIf(m -> m.type() == EntityType.PERSON && name.contains(m.span()) && !m.span().equals(name));
        names.add(name);
      }
    }
    for (Span name : names) {
      int sentence = doc.sentenceAt(name.begin());
      if (sentence >= 0 && accepted.stream().noneMatch(a -> a.span().overlaps(name))) {
        accepted.add(new Mention(name, name.of(text), EntityType.PERSON, sentence, Mention.Source.PATTERN));
      }
    }
  }

  /** How many Pinyin syllables spell {@code word} (Ligang: 2), longest syllables first; -1 if it is no Pinyin. */
  static int syllables(String word) {
    if (word.isEmpty()) {
      return 0;
    }
    for (int end = Math.min(6, word.length()); end >= 1; end--) {
      if (PINYIN_SYLLABLE.matcher(word.substring(0, end)).matches()) {
        int rest = syllables(word.substring(end));
        if (rest >= 0) {
          return rest + 1;
        }
      }
    }
    return -1;
  }
}
