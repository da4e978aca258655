package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/** The passes of {@link LayeredMentionFinder} that read names from lists: Latin names beside typed ones, companies. */
final class ListedNames {
  private ListedNames() {}

  private static final Pattern CORPORATE_WORD = Pattern.compile("(?:Inc|Corp|Co|Ltd|LLC|Plc|Labs|AI)\\.?");
  /** Chinese lists only: in English, a capitalised word after a comma often opens a clause ("In December"). */
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("以及|[、，和与及或]");
  /** A society's honour among a person's titles (清华大学教授、IEEE Fellow、某公司顾问): a grade, not a name. */
  private static final Pattern HONOUR = Pattern.compile("\\b(?:Fellows?|Laureate)$");
  private static final Pattern LATIN_ITEM = Pattern.compile(
      "[A-Z][A-Za-z0-9&'.-]*(?: [A-Z][A-Za-z0-9&'.-]*){0,3}(?: ?\\d+(?:\\.\\d+)?)?");

  /**
   * A Latin name in a list beside named organizations or models is one of them: "德国的Black Forest Labs、意大利的
   * Domyn和英国的Synthesia", "模型Fable 5和Mythos 5". An untyped item takes its neighbour's type; a one-word name NER
   * called a person only when the list holds at least two organizations.
   */
  static void addCoordinatedNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      List<Span> items = new ArrayList<>();
      int from = sentence.span().begin();
      Matcher sep = ITEM_SEPARATOR.matcher(text).region(from, sentence.span().end());
      while (true) {
        boolean more = sep.find();
        int to = more ? sep.start() : sentence.span().end();
        items.add(itemCore(text, from, to, accepted));
        if (!more) {
          break;
        }
        from = sep.end();
      }
      if (items.size() < 2) {
        continue;
      }
      // A named item of the list: a trusted mention ending an item (德国的Nimbla Labs) or starting one.
      List<Optional<Mention>> ending = items.stream().map(item -> trusted(accepted,
          m -> m.span().end() == item.end() && item.contains(m.span()))).toList();
      List<Optional<Mention>> starting = items.stream().map(item -> trusted(accepted,
          m -> m.span().begin() == item.begin() && item.contains(m.span()))).toList();
      long organizations = IntStream.range(0, items.size())
          .filter(i -> ending.get(i).or(() -> starting.get(i)).map(m -> m.type().isOrganization()).orElse(false))
          .count();
      for (int i = 0; i < items.size(); i++) {
        Span item = items.get(i);
        Matcher latin = LATIN_ITEM.matcher(text).region(item.begin(), item.end());
        if (item.length() == 0 || starting.get(i).isPresent() || !latin.lookingAt()
            || latin.end() < text.length() && Character.isLetterOrDigit(text.charAt(latin.end()))
            && text.charAt(latin.end()) < 128) {
          continue;
        }
        Span name = new Span(item.begin(), latin.end());
        String surface = name.of(text);
        if (LayeredMentionFinder.SHORT_CAPS.matcher(surface).matches() || CORPORATE_WORD.matcher(surface).matches()
            || HONOUR.matcher(surface).find()) {
          continue;
        }
        List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(name)).toList();
        boolean nerPerson = !overlapping.isEmpty();
        if (nerPerson && (overlapping.size() > 1 || !overlapping.get(0).span().equals(name)
            || overlapping.get(0).source() != Mention.Source.NER || overlapping.get(0).type() != EntityType.PERSON
            || surface.contains(" ") || organizations < 2)) {
          continue;
        }
        Set<EntityType> neighbours = new HashSet<>();
        if (i > 0) {
          ending.get(i - 1).ifPresent(m -> neighbours.add(m.type().isOrganization() ? EntityType.COMPANY : m.type()));
        }
        if (i + 1 < items.size() && name.end() == item.end()) {
          starting.get(i + 1).ifPresent(m -> neighbours.add(m.type().isOrganization() ? EntityType.COMPANY : m.type()));
        }
        if (neighbours.size() != 1 || !EnumSet.of(EntityType.COMPANY, EntityType.AI_MODEL, EntityType.PRODUCT)
            .containsAll(neighbours)) {
          continue;
        }
        accepted.removeAll(overlapping);
        accepted.add(new Mention(name, surface, neighbours.iterator().next(), sentence.index(),
            Mention.Source.PATTERN));
      }
    }
  }

  /**
   * The end of a list that says its items are businesses: 等多家企业, 等三家公司, 等“某地六小龙”企业, 等投资机构, 等科技巨头,
   * 等互联网大厂. Not 等机构 alone or 等投资方, which also take people; the investors of a round (X、Y、Z跟投) are
   * mostly firms, so their unnamed items are taken, but never over a person NER found. A place NER found in such a
   * list (北辰) is a firm.
   */
  private static final Pattern COMPANY_LIST_END = Pattern.compile("等(?:[一二两三四五六七八九十几数多百千\\d]+家)?"
      + "(?:[“「][^”」]{1,8}[”」])?"
      + "(?:知名|头部|大型|中小|国内|海外|全球|中国|美国|互联网|科技|人工智能|AI|创业|初创|投资|创投|风投|上市)*"
      + "(?:企业|公司|厂商|机构|基金|巨头|大厂)"
      + "|(?<investors>(?:等(?:机构)?)?(?:联合|共同)?(?:跟投|参投|领投))");
  /** The words of the list's first item, which the words before the list (其中包括) must not join. */
  private static final Pattern FIRST_ITEM_TAGS = Pattern.compile("NR|NN|FW|CD|JJ");

  /**
   * The items of a Chinese list that ends at {@code listEnd}, last first: split at 、 (and at 和, 与, 及 where
   * {@code atConjunctions}). An item is taken whole between its separators, whatever tags its words have (a rare
   * name's may be a verb's: 知/VV 了/AS 学堂); the first item is the run of nouns before its separator, after the verb
   * or preposition that opens the list (其中包括, 囊括了).
   */
  private static List<Span> itemsBefore(AnnotatedSentence sentence, int listEnd, boolean atConjunctions) {
    List<Token> tokens = sentence.tokens();
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().end() == listEnd) {
        last = i;
      }
    }
    List<Span> items = new ArrayList<>();
    int itemEnd = last;
    for (int i = last; i >= -1; i--) {
      Token t = i >= 0 ? tokens.get(i) : null;
      boolean separator = t != null
          && (t.word().equals("、") || atConjunctions && LIST_CONJUNCTIONS.contains(t.word()));
      if (t != null && !separator && !t.pos().equals("PU")) {
        continue;
      }
      int first = i + 1;
      if (!separator) {
        first = itemEnd + 1;
        while (first > i + 1 && FIRST_ITEM_TAGS.matcher(tokens.get(first - 1).pos()).matches()) {
          first--;
        }
      }
      if (first <= itemEnd) {
        items.add(new Span(tokens.get(first).span().begin(), tokens.get(itemEnd).span().end()));
      }
      if (!separator) {
        break;
      }
      itemEnd = i - 1;
    }
    return items;
  }

  /** Whether a list item is written as a name: Latin letters, or a word the tagger calls a proper noun or NER a name. */
  private static boolean properName(AnnotatedSentence sentence, Span item) {
    return sentence.tokens().stream().filter(t -> item.contains(t.span()))
        .anyMatch(t -> t.word().matches(".*[A-Za-z].*") || t.pos().equals("NR") || !t.ner().equals("O"));
  }

  /** The words that join the last item of a Chinese list: X、Y和Z. */
  private static final Set<String> LIST_CONJUNCTIONS = Set.of("和", "与", "及", "以及");

  /**
   * The end of a list that says its items are products: 等不同产品线, 等多款产品, 等系列, 等机型 (覆盖A、B和C等不同产品线).
   */
  private static final Pattern PRODUCT_LIST_END = Pattern.compile("等(?:[一二两三四五六七八九十几数多\\d]+款|不同|多个|"
      + "各|各个|主力|核心|旗舰)*(?:产品线|产品系列|系列|产品|机型|型号|品牌)");

  /**
   * Each item of a Chinese list that ends in 等不同产品线 or 等多款产品 names a product: A、B和小C等产品线. An item
   * nothing else named, or that NER took for a person, a place or an organization, is taken whole.
   */
  static void addListedProducts(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      Matcher end = PRODUCT_LIST_END.matcher(text).region(sentence.span().begin(), sentence.span().end());
      while (end.find()) {
        List<Span> items = itemsBefore(sentence, end.start(), true);
        if (items.size() < 2) {
          continue; // one word before 等产品 is as often a kind (手机等产品) as a name
        }
        for (Span item : items) {
          String name = item.of(text);
          if (name.length() < 2 || name.length() > 12 || !properName(sentence, item)) {
            continue; // 手机、平板和电脑等产品: kinds of product, no names
          }
          List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(item)).toList();
          boolean free = overlapping.stream().allMatch(m -> m.type() == EntityType.TOPIC
              || m.source() == Mention.Source.NER && item.contains(m.span()));
          if (free) {
            accepted.removeAll(overlapping);
            accepted.add(new Mention(item, name, EntityType.PRODUCT, sentence.index(), Mention.Source.PATTERN));
          }
        }
      }
    }
  }

  /**
   * A count, its classifier and the noun of a kind of product or model, then a list of its items: 推出了三款产品：,
   * 上线了两个应用，分别是, 发布了4款AI工具：, 开源了两个大模型，包括. Only kinds of software and models: a count of
   * measures or goals (3项举措：“降本”、“增效”) lists slogans, not names.
   */
  private static final Pattern COUNTED_KIND = Pattern.compile("(?:[一二两三四五六七八九十几数多]+|\\d+)"
      + "(?:款|个|項|项|套|种|大)[\\p{IsHan}A-Za-z&&[^，。、；：的了是和与及]]{0,4}?"
      + "(?:(?<models>大模型|模型|大语言模型)|产品|應用|应用|App|APP|app|服务|工具|小程序|智能体|助手)"
      + "(?:[：:]|[，,]?(?:包括|包含|分别是|分别为|即))");
  /**
   * A quoted item of such a list and the separator after it: “智写”、, “AI答疑”以及; perhaps with a description of what
   * it is before the quote, in words without a mark (写作助手“智写”和面向教师的备课工具“慧备”).
   */
  private static final Pattern QUOTED_ITEM = Pattern.compile("[^“”「」『』\\n，,。；;、：:]{0,16}?"
      + "[“「『](?<name>[^“”「」『』\\n，,。；]{1,12})[”」』](?<separator>、|[，,]|以及|和|与|及|或)?");

  /**
   * The quoted names listed right after a count and a kind of product or model ({@link #COUNTED_KIND}) are of that
   * kind: 推出了三款产品：“妙笔”、“速记”和“云学堂”. At least two quoted items, each taken whole unless a name of another type
   * (not NER's, not a topic) already covers it.
   */
  static void addCountedQuotedNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      Matcher kind = COUNTED_KIND.matcher(text).region(sentence.span().begin(), sentence.span().end());
      while (kind.find()) {
        EntityType type = kind.group("models") != null ? EntityType.AI_MODEL : EntityType.PRODUCT;
        List<Span> items = new ArrayList<>();
        Matcher item = QUOTED_ITEM.matcher(text).region(kind.end(), sentence.span().end());
        boolean afterComma = false;
        while (item.lookingAt()) {
          if (afterComma && item.start("name") > item.start() + 1) {
            break; // after a comma, words before a quote open a clause of their own (，用户评价“好用”)
          }
          items.add(new Span(item.start("name"), item.end("name")));
          if (item.group("separator") == null) {
            break;
          }
          afterComma = item.group("separator").matches("[，,]");
          item.region(item.end(), sentence.span().end());
        }
        if (items.size() < 2) {
          continue; // one quoted word after the kind may describe it (两个应用：“好用”)
        }
        for (Span name : items) {
          List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(name)).toList();
          boolean free = overlapping.stream().allMatch(m -> m.type() == EntityType.TOPIC
              || m.source() == Mention.Source.NER && name.contains(m.span()) || m.type() == type);
          if (free && overlapping.stream().noneMatch(m -> m.span().equals(name) && m.type() == type)) {
            accepted.removeAll(overlapping);
            accepted.add(new Mention(name, name.of(text), type, sentence.index(), Mention.Source.PATTERN));
          }
        }
      }
    }
  }

  /**
   * Each item of a Chinese list that ends in 等多家企业 or 等投资机构 names a company: 趣店、小牛电动、唱吧等多家企业.
   * An item nothing else named, or that NER took for a person, is taken whole between its separators, whatever tags
   * its words have (a rare name's may be a verb's); the first item is the run of nouns before its separator.
   */
  static void addListedCompanies(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      Matcher end = COMPANY_LIST_END.matcher(text).region(sentence.span().begin(), sentence.span().end());
      while (end.find()) {
        if (end.group().equals("等机构")) {
          continue;
        }
        boolean investors = end.group("investors") != null;
        List<Span> items = itemsBefore(sentence, end.start(), false);
        if (items.size() < 2) {
          continue; // one word before 等多家企业 or 跟投 is as often a description (老股东跟投) as a name
        }
        for (Span item : items) {
          String name = item.of(text);
          if (name.length() < 2 || name.length() > 10 || LayeredMentionFinder.isGenericOrganization(name)) {
            continue;
          }
          List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(item)).toList();
          boolean free = overlapping.stream().allMatch(m -> m.type() == EntityType.TOPIC
              || m.source() == Mention.Source.NER && item.contains(m.span())
              && (m.type() == EntityType.PERSON && !investors || m.type() == EntityType.PLACE
              || m.type().isOrganization()));
          if (free && overlapping.stream().noneMatch(m -> m.span().equals(item) && m.type().isOrganization())) {
            accepted.removeAll(overlapping);
            accepted.add(new Mention(item, name, EntityType.COMPANY, sentence.index(), Mention.Source.PATTERN));
          }
        }
      }
    }
  }

  /**
   * A Latin name in an English list of examples: capitalised words, a version or model number among them; a full stop
   * only inside a name (Pony.ai), not the sentence's.
   */
  private static final String EXAMPLE = "[A-Z](?:[A-Za-z0-9&-]|\\.(?=[A-Za-z0-9]))*"
      + "(?: (?:[A-Z](?:[A-Za-z0-9&-]|\\.(?=[A-Za-z0-9]))*|\\d+(?:\\.\\d+)*)){0,2}";
  /**
   * English examples after the plural noun of their kind: "robots, including Atlas, Spot and Handle", "chips such as
   * Orion and Vega", "language models like Nova". The kind nouns are the products and models of the AI industry.
   */
  private static final Pattern ENGLISH_EXAMPLES = Pattern.compile("\\b(?:(?<models>models|LLMs)|(?:robots|"
      + "humanoids|chips|processors|accelerators|GPUs|devices|apps|applications|smartphones|phones|headsets|glasses|"
      + "vehicles|cars|drones|chatbots|assistants|products|tools|services)),? (?:including|such as|like) "
      + "(?<list>" + EXAMPLE + "(?:, " + EXAMPLE + ")*(?:,? (?:and|or) " + EXAMPLE + ")?)(?![A-Za-z0-9'’])");
  private static final Pattern EXAMPLE_SEPARATOR = Pattern.compile(",? (?:and|or) |, ");

  /**
   * Each name of an English list of examples after its kind's plural noun, as a product or a model, unless something
   * else already names it. A name NER read whole as a person, place or organization takes the kind's type: the list
   * says what it is (robots, including Atlas).
   */
  static void addEnglishExamples(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      Matcher examples = ENGLISH_EXAMPLES.matcher(text).region(sentence.span().begin(), sentence.span().end());
      while (examples.find()) {
        EntityType type = examples.group("models") != null ? EntityType.AI_MODEL : EntityType.PRODUCT;
        int at = examples.start("list");
        for (String item : EXAMPLE_SEPARATOR.split(examples.group("list"))) {
          int begin = text.indexOf(item, at);
          Span name = new Span(begin, begin + item.length());
          at = name.end();
          if (LayeredMentionFinder.SHORT_CAPS.matcher(item).matches() || CORPORATE_WORD.matcher(item).matches()) {
            continue;
          }
          List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(name)).toList();
          boolean nerReadWhole = overlapping.size() == 1 && overlapping.get(0).span().equals(name)
              && overlapping.get(0).source() == Mention.Source.NER;
          if (overlapping.isEmpty() || nerReadWhole) {
            accepted.removeAll(overlapping);
            accepted.add(new Mention(name, item, type, sentence.index(), Mention.Source.PATTERN));
          }
        }
      }
    }
  }

  /**
   * A word of what a listed company does: lower case or an abbreviation (AI, GPU), not the "and" or "or" that joins
   * the next item's name.
   */
  private static final String PURPOSE_WORD = "(?!(?:and|or) [A-Z])(?:[a-z][a-z-]*|[A-Z]{2,4}s?)";
  /**
   * What an example of a company may say it does, between it and the next item: "Velmora for delivery robots", "Drevik
   * for AI data labelling"; a capitalised word after "for" that is no abbreviation ends the list.
   */
  private static final String EXAMPLE_PURPOSE = "(?: for (?:" + PURPOSE_WORD + " ){0,4}" + PURPOSE_WORD + ")?";
  /**
   * English examples after the plural noun of a kind of organization: "subsidiaries like A and B", "rival startups such
   * as A, B and C", "chipmakers including A", "acquisitions such as A", "restaurant brands including A". The kind
   * noun says every item is an organization. Kinds that people can be too (investors, backers, partners, customers)
   * are left to the passes that read them with people in mind.
   */
  private static final Pattern ENGLISH_ORGANIZATION_EXAMPLES = Pattern.compile("\\b(?:[Cc]ompanies|[Ss]tartups|"
      + "[Ss]tart-ups|[Ff]irms|[Ss]ubsidiaries|[Vv]entures|[Rr]ivals|[Cc]ompetitors|[Cc]hipmakers|[Aa]utomakers|"
      + "[Cc]armakers|[Mm]anufacturers|[Ss]uppliers|[Ll]abs|[Uu]nicorns|[Cc]onglomerates|"
      // what a company buys, and the kinds of consumer business (round 31)
      + "[Aa]cquisitions|[Gg]iants|[Bb]rands|[Cc]hains|[Rr]etailers|[Bb]anks|[Ii]nsurers|[Aa]irlines|[Aa]gencies)"
      + ",? (?:including|such as|like) "
      + "(?<list>" + EXAMPLE + EXAMPLE_PURPOSE + "(?:, " + EXAMPLE + EXAMPLE_PURPOSE + ")*(?:,? (?:and|or) " + EXAMPLE
      + EXAMPLE_PURPOSE + ")?)(?![A-Za-z0-9'’])");
  /** One item of such a list: the name, then what it does. */
  private static final Pattern LISTED_ORGANIZATION = Pattern.compile("(?<name>" + EXAMPLE + ")" + EXAMPLE_PURPOSE);

  /**
   * Each name of an English list of examples after a kind of organization, as a company, unless something else
   * already names it; a name NER read whole as a person or a place is the company the list says it is, and so is
   * every other mention NER gave that name.
   */
  static void addEnglishOrganizationExamples(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      Matcher examples = ENGLISH_ORGANIZATION_EXAMPLES.matcher(text).region(sentence.span().begin(),
          sentence.span().end());
      while (examples.find()) {
        Matcher items = LISTED_ORGANIZATION.matcher(text).region(examples.start("list"), examples.end("list"));
        while (items.find()) {
          String item = items.group("name");
          Span name = new Span(items.start("name"), items.end("name"));
          if (LayeredMentionFinder.SHORT_CAPS.matcher(item).matches() || CORPORATE_WORD.matcher(item).matches()) {
            continue;
          }
          List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(name)).toList();
          boolean nerReadWhole = overlapping.size() == 1 && overlapping.get(0).span().equals(name)
              && overlapping.get(0).source() == Mention.Source.NER;
          if (overlapping.isEmpty() || nerReadWhole && !overlapping.get(0).type().isOrganization()) {
            accepted.removeAll(overlapping);
            accepted.add(new Mention(name, item, EntityType.COMPANY, sentence.index(), Mention.Source.PATTERN));
            LayeredMentionFinder.retypeNerReadings(accepted, item, EntityType.COMPANY);
          }
        }
      }
    }
  }

  private static Optional<Mention> trusted(List<Mention> accepted, Predicate<Mention> where) {
    return accepted.stream().filter(m -> m.source() != Mention.Source.NER && m.type() != EntityType.TOPIC)
        .filter(where).findFirst();
  }

  /** An item of a list without the place and 的 it starts with (德国的) and the spaces around it. */
  private static Span itemCore(String text, int begin, int end, List<Mention> accepted) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin
        && (Character.isWhitespace(text.charAt(end - 1)) || "。；;！？".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    for (Mention m : accepted) {
      if (m.type() == EntityType.PLACE && m.span().begin() == begin && m.span().end() < end
          && text.charAt(m.span().end()) == '的') {
        begin = m.span().end() + 1;
        break;
      }
    }
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    return new Span(begin, Math.max(begin, end));
  }
}
