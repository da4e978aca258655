package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.lexicon.Lexicon;
import org.claimgraph.extract.lexicon.LexiconMatcher;
import org.claimgraph.extract.relation.RecordedCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The entity stage on invented sentences in the shapes of AI-industry news (organization + title + name, funds,
 * Latin company names, models by shape, names segmented two ways, organizations named with their place, publications
 * in title marks), with CoreNLP's analysis recorded in {@code fixtures/entity/*.json}, so the real segmentation and NER
 * are what the rules read.
 */
class EntityCasesTest {
  private static final Lexicon LEXICON = Lexicon.load();
  private static final LayeredMentionFinder FINDER =
      new LayeredMentionFinder(new LexiconMatcher(LEXICON), new NamePatterns(), TypeCorrections.load());
  private static final NameResolver RESOLVER = new NameResolver(LEXICON);

  /**
   * The entity fixture files: names.json (organization + title + name, funds, models), press-names.json and
   * press-names-2.json (shapes of the Chinese tech and finance press), press-names-3.json (untitled people, companies
   * that read like people, names after a description, model versions glued on), back-references.json (该公司 after a
   * sentence whose subject is not its first organization), press-names-4.json (features and conference reports: events
   * by edition or year, quoted chips and models, what is no name), press-names-5.json (time words before 举办, names
   * NER cut short or glued to a verb, unknown X云 companies, people counted after their list, professions as titles),
   * press-names-6.json (a title and a name with a space between, text-to-X model kinds, demonyms, expos by year
   * and abbreviation, developed Latin-named architectures, short names of known companies), press-names-9.json
   * (registered company names, Latin names with a legal form, split family names, school and event names),
   * press-names-10.json (a model's name called a chatbot or an app, former names, funds named with their kind, a
   * society's honour among titles, an agency's unit), press-names-11.json (pieces of a name cut differently in each
   * sentence, a Latin common noun NER calls a person, investors' X投 short names, English state abbreviations, names
   * with &, numbered hardware), press-names-12.json (names written with their kind's word, any
   * title in title marks, a product that holds a conference), press-names-13.json (labels of a Chinese transcript's
   * turns, a parent named inside a unit's name), press-names-14.json (committees named after a place, a chair's dotted
   * name, quoted government lists), press-names-15.json (a committee joining two subjects, a counted committee, pairs of
   * countries, a quoted forum), press-names-16.json (places after a known place: unknown administrative units, regions
   * by direction; a registered name with its seat), press-names-19.json (quoted companies after a place and a head, units under an abbreviated academy, ASCII-bracketed Latin names, memory chips, Latin names after 创办), press-names-17.json (a place inside an English event's name,
   * words that point at a party: 韩方, 日媒, 后者; university campuses, numbered schools, a company inside its unit's
   * name, Latin names listed with people in Chinese text), profile-names.json (profiles and amounts: an unknown acronym before
   * 公司, a name inside an amount, names before their romanization), funding-names.json (English funding news:
   * investors, companies invested in, rivals, a name described as a startup, and people in the same places),
   * english-names.json (English transcripts, interviews and conference reports: speaker lines, a first name alone,
   * title words before a title), conference-names.json (a conference's name in corner quotes, a brand of common words
   * before titles after 由/与), places-17.json (English addresses, "City, Region": CityRegionPairs),
   * boundaries-18.json (a lexicon form across two words is no name), english-context-names.json (English one-word
   * companies NER read as people, he or she as a clause's subject), trade-names.json (Chinese brand + trade names),
   * middle-names.json (English names with and without the middle name), english-examples.json (products and models
   * listed after their kind: robots, including A, B and C), event-editions.json (an English event's year after its
   * name), address-places.json (known places and a direction NER read as an organization), courts.json (English
   * courts by rank or seat), released-versions.json (names released with a version: Acme released Orrin 2,
   * 模型星图2.0), kind-words.json (通用 of 通用GPU芯片 is no name), names-19.json (a name with the next word's first
   * character glued on, 注册资本 as no fund, 模型星图 4.5, a count after a family's name, a company founded at a
   * sentence's end), names-20.json (products named after their kind, an
   * encyclopedia lead that is no model's, a unit named after its models, a name glued to an adverb of time),
   * names-21.json (English investors after "investors include"), english-21.json (a short lexicon name inside a
   * longer organization name, a maker or parent inside a name), english-22.json (English companies NER tags as
   * nothing, named by a company's context: its spokesperson, buying it or being bought, its employees; companies
   * listed after their kind: subsidiaries like A and B, rival startups such as A and B), products-22.json (products
   * named by a list's kind, a quoted name before its kind, an English apposition or a company's launching them),
   * english-23.json (English products named by an apposition of a software kind, a
   * company named by its founding after its founder left another), names-23.json (Chinese quoted names listed after
   * a count and a kind noun, a quoted name after the word for model, an organization called by the rest of its name
   * after a known company's, a company's business line), models-24.json (a Latin model name with a lettered version
   * and its kind before 模型, an English lead describing its subject as any AI model, a model introduced as called X),
   * names-24.json (registered company names under a parent or with a bracketed place, a ministry's unit named in
   * full, a Latin unit after a Chinese parent, a legal representative's name), english-24.json (a nickname quoted
   * inside a person's name, a studio after its trade, a company in an apposition after its owners' new company,
   * organization names made by a title-case headline's style), english-25.json (a company a shape found by one word of
   * a name NER read whole, companies named by an employer's context or as one of a group of startups), zh-25.json
   * (a brand NER read alone before its trade word, observatories as organizations, a sector's 大模型 as no model),
   * makers-25.json (a maker's name running on into a model's or a product's Chinese name), lists-25.json (untagged
   * names in an English list of organizations, an organization at an item's start widened to the item),
   * english-26.json (a company name opened by a capitalised common word, a firm named with a possessive and a place,
   * a time phrase as no name, investors the money came from, a company's legal forms as one entity), zh-26.json
   * (a product's name before an officer's past post used for its company, a bare head noun such as 研究院 as no name),
   * lists-26.json (four names or more after "such as" with commas alone), zh-27.json (a press conference named where
   * it is held, a full name before a declared short name), english-27.json (a hyphenated given name in lower case
   * after the hyphen, a short form closing another name or naming a programme, a company's fund, a capitalised common
   * word started in a year), untitled-27.json (a Chinese person NER missed, known by an opinion frame 在X看来 or by
   * 是…的 and a job title), zh-27b.json (a dotted name with its Latin form after a space and a noun for a kind of
   * person before it, a Latin name after 技术长, a hospital's branch with 院区), english-27b.json (a place named
   * without the lower-case kind word NER took in, a city's possessive before a venue as two places), aliases-27.json
   * (a bracket after a space holding a capitalised name or acronym, not a word in lower case), zh-28.json (the place a
   * Chinese court's name opens with, an outlet someone recalls or discloses to named by its kind's head noun, a paper
   * in title marks given a 访问), events-28.json (a year glued before a Chinese event's name, descriptions of companies
   * by their trade or as start-ups), surnames-28.json (a surname with particles written alone), english-28.json (a
   * court named for a district with no direction word, with its place nested; a state university named with its
   * campus after "at"; an organization NER cut at "of the"), english-28b.json (a firm named after people after a post
   * and "at"), zh-29.json (the cities and provinces a Chinese institute's or hospital's name opens with, a later one
   * only with its unit word, none in a school's or public body's name), english-29.json (a company called by the
   * first words of its full name, which NER read as a person or a place), events-29.json (a Latin brand with a dot
   * or an edition's year opening a Chinese event's name, a quoted or title-marked theme before 圆桌对话, a session of
   * the national legislature, trade fairs from the lexicon), products-29.json (a found product line's or model's
   * variants: its code and tier words after it; English products called by a generator or toy, a possessive's
   * robot, an assistant in apposition), english-29b.json (a city and its region the lexicon knows as one name,
   * split before the noun they modify; a city whose name ends in another's), zh-29b.json (a company's
   * division before a job title cut back to the company whose name opens it; one no title follows, or after a
   * joining word, left alone), zh-30.json (a company's unit in a country named by both, one organization before a
   * title, a team or a verb, none before another noun; a found name recurring over a country inside it; models named
   * only by kind, field or verb words before the word for model are none), products-30.json (English products called
   * a solution or a product in an apposition, or named right after a solution or a technology, not a product lead or
   * a solution provider), english-30.json (a one-word Latin name NER read as a person's that the document never
   * writes beside another capitalised word, after an honorific or after a job title is a company's, in English and in
   * Chinese text; a surname after the full name, a name after an honorific or a title stays a person), gov-30.json
   * (English governments named by shape: a place or nationality before "government", a person before
   * "administration"; not before a capitalised word or in a plural coordination), media-30.json (the outlet on a
   * page's date line, after the date or opening the line before it; not the author, a place, a label or a body line
   * of the same shape), zh-units-31.json (a unit after its parent's name with a place before its head, a college, a
   * base or an office, one unit nested in another; not a site named by its kind; a business line before 的 or cut
   * into two words, not before another noun), editions-31.json (an event's edition in its name: 首届 and 第N届 before
   * a contest or a known event, a year glued after a Chinese name, a brand then a city, an edition named by its host
   * place; 俱 as written), media-31.json (widely known magazines and trade papers from the lexicon: a title-marked
   * magazine, a paper's acronym; not the lower-case common word), products-31.json (products named by the noun for
   * their kind beside the name: an English name in quotes before its kind, a numbered name before the word for a craft,
   * an encyclopedia article about an app or a satellite, a Chinese quoted name before a system or a service site; not a
   * quoted word a clause joins to the noun, a numbered model, an app developer, a quoted phrase joined by 的),
   * english-31.json (a chain named in the possessive kept whole where the parse makes it no owner, an untagged name
   * owning a person by full name, one coordinated with one found company, an abbreviation NER tags an organization in
   * prose; a possessive, a place, a known product, a job title left alone), zh-31.json (a Chinese name after a job
   * title with a less common family name of the 百家姓, after 秘书长, 专家 or 译者, or before 如是说; not a country or a
   * common word after a profession), english-32.json (a book's or an album's title in title case after its kind, in
   * apposition with a subtitle, or opening with The after its maker's possessive; not a speaker set off by commas or an
   * outlet before a common noun), zh-32.json (a writer's pen name after the kind of writer before a verb of saying, a
   * credit line's name before a closing bracket, after 采访人员 or second after a first, a Latin name after 评论家; not words
   * that start the clause after a writer noun), english-orgs-32.json (the organization after an English job title's
   * "of" or "at", named by common capitalised words NER leaves untagged; not a phrase before a noun it describes, a
   * field after a title that heads no organization, a gathering after "at"), products-32.json (a product's whole name
   * in quotes with the word for its kind last, also with a known place opening it; not a figure of speech of two
   * characters before the kind, nor a generic kind in quotes), zh-orgs-32.json (a Chinese company named before its
   * bracketed Latin name, with the place opening it when common nouns follow; a brand before a title without the
   * description of its trade before it; not a place before a proper name, a place plus a trade, or a name that ends in
   * a word for its kind), events-32.json (a session's or webinar's title in quotes after the word for its kind: English
   * in title case, a Chinese theme before a forum's kind and noun, a session's title after a dash; not a quoted
   * sentence, nor a quoted word before a noun that is no event's), places-32.json (Chinese venues and geographic
   * features: a facility's name ending in its kind, a proper noun and a geographic kind word, a proper noun ending in a
   * feature's character; not a facility's name modifying a company's, a person's name, or common words),
   * products-33.json (an English product defined by a sentence opening with its name, not a company of a trade nor a
   * common word; a Latin product or model introduced with 名为 and no quotes, not the company that makes such things),
   * orgs-33.json (the outlet named right after "told", also one NER reads as a person; not a body addressed, a titled
   * person or a surname the article gives), companies-33.json (a brand before a job title whose characters the tagger
   * read as an adverb or a verb; not an interview word or a verb of the clause before it), companies-en-33.json (a unit
   * named by a known company's name and two capitalised words or more, which NER reads whole; not a known company with
   * one word after it),
   * places-33.json (English venues: proper nouns and a venue's kind, a street with its house number, a mine with its
   * metal, two venues NER ran into one organization; not a venue's name before a noun or inside a longer name),
   * products-34.json (no product in a quoted concept or verdict where a product's quoted name could stand: -化, 伪,
   * a predicate, the smart way of a trade; a quoted name after an app's or an assistant's kind still is one),
   * entprec-34.json (a one-word name NER reads as a person's, in a list of organizations, is a company's; not in a list
   * of people or of places),
   * places-34.json (Chinese sites named with their kind: a port, a wharf, a bridge, a power station, a technology park,
   * also when NER reads them as an organization; not a body whose name goes on past the kind, nor a person's name),
   * places-en-34.json (the place an English public body's or school's name opens with; not a company's place word),
   * orgs-34.json (an English body named for its purpose, head word, "for" and capitalised words joined by "and", which
   * NER cuts or leaves untagged; not a person, a known name or a word in lower case after "for"),
   * units-35.json (a unit named in English by its parent's name and a country or city, with both inside it; not where
   * the place modifies a noun after it),
   * products-35.json (widely known film and book franchises as works, and widely known software, devices and
   * programming languages as products, from the lexicon; not a franchise's words as a lower-case phrase, nor a
   * language's name inside a longer word), models-35.json (a second version the lexicon knows as a model of its own is
   * not the first version's entity),
   * entprec-35.json (a Latin company shape right after a capitalised word inside its sentence is the tail of a longer
   * name or a headline's words; not after a sentence's first word or a lower-case one; Key and My open no name),
   * units-en-36.json (a lab or research centre NER reads whole that opens with its parent's name is a unit of its own;
   * not a name that ends in no such word), zh-36.json (a guard corps and a military's intelligence service named after
   * the country, a brand + 咨询 firm, an organizer inside its meeting's name, two Chinese names NER ran over a space,
   * an outlet named before its noun or quoted before 电视台/记者; not a bare place + head, nor a 记者会),
   * events-36.json (a society or association inside its meeting's name, 某某学会年会, is an organization of its own,
   * also after a place that opens it; not a meeting whose name holds no such body), stations-36.json (an English
   * radio or TV station by its published shapes: Kiss 98.3, 104.9 WQXT-FM, 93.3ZRQ, KQPD-TV; not a score, a
   * percentage, a price, a version or an acronym opening with K or W), events-37.json (an English Biennale, Triennial
   * or Awards, not a single Award; the legislature's press sessions, 代表通道 and the like, not those words in other use),
   * platforms-37.json (a known company's name used for its platform, people posting on it, is the product; a model's
   * namesake called a tool is the model; not a company also given officers, loosely called a tool or launching
   * something), products-37.json (social networks and a platform's fact-checking feature are products; the feature's
   * words in lower case name nothing), units-37.json (a university's school or department by its field, or a
   * professor's studio, named before "at" and the university; not such a studio elsewhere, nor a school with no
   * university after it), honorifics-37.json (a family name and a term of address, 李女士, 欧阳先生, 刘阿姨, 郑医生,
   * is a person; not a preposition before the term, a family name's character ending another word, a quoted screen
   * name).
   */
  static Stream<RecordedCase> cases() {
    return Stream.of("/fixtures/entity/names.json", "/fixtures/entity/press-names.json",
            "/fixtures/entity/press-names-2.json", "/fixtures/entity/press-names-3.json",
            "/fixtures/entity/press-names-4.json", "/fixtures/entity/press-names-5.json",
            "/fixtures/entity/press-names-6.json", "/fixtures/entity/press-names-7.json",
            "/fixtures/entity/press-names-8.json", "/fixtures/entity/press-names-9.json",
            "/fixtures/entity/press-names-10.json", "/fixtures/entity/press-names-11.json",
            "/fixtures/entity/press-names-12.json", "/fixtures/entity/press-names-13.json",
            "/fixtures/entity/press-names-14.json", "/fixtures/entity/press-names-15.json",
            "/fixtures/entity/press-names-16.json", "/fixtures/entity/press-names-17.json",
            "/fixtures/entity/press-names-18.json", "/fixtures/entity/press-names-19.json",
            "/fixtures/entity/profile-names.json",
            "/fixtures/entity/funding-names.json",
            "/fixtures/entity/back-references.json", "/fixtures/entity/english-names.json",
            "/fixtures/entity/conference-names.json",
            "/fixtures/entity/encyclopedia-17.json",
            "/fixtures/entity/company-pages-17.json", "/fixtures/entity/places-17.json",
            "/fixtures/entity/boundaries-18.json", "/fixtures/entity/english-context-names.json",
            "/fixtures/entity/trade-names.json", "/fixtures/entity/middle-names.json",
            "/fixtures/entity/english-examples.json",
            "/fixtures/entity/event-editions.json",
            "/fixtures/entity/address-places.json",
            "/fixtures/entity/courts.json",
            "/fixtures/entity/released-versions.json",
            "/fixtures/entity/kind-words.json", "/fixtures/entity/names-19.json",
            "/fixtures/entity/names-20.json", "/fixtures/entity/names-21.json",
            "/fixtures/entity/english-21.json", "/fixtures/entity/english-22.json",
            "/fixtures/entity/products-22.json", "/fixtures/entity/english-23.json",
            "/fixtures/entity/names-23.json", "/fixtures/entity/names-24.json",
            "/fixtures/entity/models-24.json", "/fixtures/entity/english-24.json",
            "/fixtures/entity/english-25.json", "/fixtures/entity/zh-25.json",
            "/fixtures/entity/makers-25.json", "/fixtures/entity/lists-25.json",
            "/fixtures/entity/english-26.json", "/fixtures/entity/zh-26.json", "/fixtures/entity/lists-26.json",
            "/fixtures/entity/zh-27.json", "/fixtures/entity/english-27.json", "/fixtures/entity/untitled-27.json",
            "/fixtures/entity/zh-27b.json", "/fixtures/entity/english-27b.json", "/fixtures/entity/aliases-27.json",
            "/fixtures/entity/zh-28.json", "/fixtures/entity/events-28.json",
            "/fixtures/entity/surnames-28.json", "/fixtures/entity/english-28.json",
            "/fixtures/entity/english-28b.json", "/fixtures/entity/zh-29.json",
            "/fixtures/entity/english-29.json", "/fixtures/entity/events-29.json",
            "/fixtures/entity/products-29.json", "/fixtures/entity/english-29b.json",
            "/fixtures/entity/zh-29b.json", "/fixtures/entity/zh-30.json", "/fixtures/entity/products-30.json",
            "/fixtures/entity/english-30.json", "/fixtures/entity/gov-30.json", "/fixtures/entity/media-30.json",
            "/fixtures/entity/zh-units-31.json", "/fixtures/entity/editions-31.json",
            "/fixtures/entity/media-31.json", "/fixtures/entity/products-31.json",
            "/fixtures/entity/english-31.json", "/fixtures/entity/zh-31.json",
            "/fixtures/entity/english-32.json", "/fixtures/entity/zh-32.json",
            "/fixtures/entity/english-orgs-32.json", "/fixtures/entity/products-32.json",
            "/fixtures/entity/zh-orgs-32.json", "/fixtures/entity/events-32.json",
            "/fixtures/entity/places-32.json", "/fixtures/entity/products-33.json",
            "/fixtures/entity/orgs-33.json", "/fixtures/entity/companies-33.json",
            "/fixtures/entity/companies-en-33.json", "/fixtures/entity/places-33.json",
            "/fixtures/entity/products-34.json",
            "/fixtures/entity/entprec-34.json",
            "/fixtures/entity/places-34.json", "/fixtures/entity/places-en-34.json",
            "/fixtures/entity/orgs-34.json", "/fixtures/entity/units-35.json",
            "/fixtures/entity/products-35.json", "/fixtures/entity/models-35.json",
            "/fixtures/entity/entprec-35.json", "/fixtures/entity/units-en-36.json", "/fixtures/entity/zh-36.json",
            "/fixtures/entity/events-36.json", "/fixtures/entity/stations-36.json",
            "/fixtures/entity/events-37.json", "/fixtures/entity/zhpersons-37.json",
            "/fixtures/entity/platforms-37.json", "/fixtures/entity/products-37.json",
            "/fixtures/entity/units-37.json", "/fixtures/entity/honorifics-37.json")
        .flatMap(f -> RecordedCase.load(f).stream());
  }

  private static List<Entity> entities(RecordedCase c) {
    return RESOLVER.resolve(c.document(), FINDER.find(c.document()));
  }

  /** ORGANIZATION stands for every organization type, as in the evaluation's by-type table. */
  private static boolean hasType(Entity e, String type) {
    EntityType wanted = EntityType.valueOf(type);
    return wanted == EntityType.ORGANIZATION ? e.type().isOrganization() : e.type() == wanted;
  }

  private static List<String> names(Entity e) {
    return e.mentions().stream().map(Mention::text).distinct().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatTheCaseExpects(RecordedCase c) {
    List<Entity> entities = entities(c);
    for (String expected : c.strings("expect")) {
      assertOneEntity(c, entities, expected, "named", EntityCasesTest::names);
    }
  }

  /**
   * {@code expected} is "TYPE name|name…": one entity of that type whose {@code names} (as {@code how} says) hold all
   * the names listed.
   */
  private static void assertOneEntity(RecordedCase c, List<Entity> entities, String expected, String how,
      Function<Entity, Collection<String>> names) {
    String type = expected.substring(0, expected.indexOf(' '));
    List<String> wanted = Arrays.asList(expected.substring(expected.indexOf(' ') + 1).split("\\|"));
    assertThat(entities).as("case %s: one %s entity %s %s; found %s", c.id(), type, how, wanted,
            entities.stream().map(e -> e.type() + " " + names.apply(e)).toList())
        .anySatisfy(e -> {
          assertThat(hasType(e, type)).isTrue();
          assertThat(names.apply(e)).containsAll(wanted);
        });
  }

  /** Every name one entity goes by (labels, aliases, mentions) holds the names the case lists: registered names. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void namesEntitiesAsTheCaseExpects(RecordedCase c) {
    List<Entity> entities = entities(c);
    for (String expected : c.strings("expectNames")) {
      assertOneEntity(c, entities, expected, "going by", Entity::names);
    }
    for (String rejected : c.strings("rejectNames")) {
      String type = rejected.substring(0, rejected.indexOf(' '));
      String name = rejected.substring(rejected.indexOf(' ') + 1);
      assertThat(entities).as("case %s: no %s entity going by %s", c.id(), type, name)
          .noneMatch(e -> hasType(e, type) && e.names().contains(name));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsNothingTheCaseRejects(RecordedCase c) {
    List<Entity> entities = entities(c);
    for (String rejected : c.strings("reject")) {
      String type = rejected.substring(0, rejected.indexOf(' '));
      String name = rejected.substring(rejected.indexOf(' ') + 1);
      assertThat(entities).as("case %s: no %s entity named %s", c.id(), type, name)
          .noneMatch(e -> hasType(e, type) && names(e).contains(name));
    }
  }
}
