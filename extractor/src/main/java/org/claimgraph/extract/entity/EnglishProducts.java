package org.claimgraph.extract.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that names English products by what the text says of them: an apposition
 * of their kind (Lumo Band, a fitness tracker; Orrin, a large language model) or a company's launching them (Acme
 * launched Brixel Frames). CoreNLP's English NER has no product class, so it reads such names as organizations or
 * people, or tags nothing.
 */
final class EnglishProducts {
  private EnglishProducts() {}

  /** A product's capitalised name of up to four words: Brixel Frames, Lumo Band 2, Ray-Ban Stories. */
  private static final String NAME = "[A-Z][A-Za-z0-9&.-]*(?: (?:[A-Z][A-Za-z0-9&.-]*|\\d+(?:\\.\\d+)*)){0,3}";

  /** The nouns for a device or an app that end an apposition's noun phrase: the kind of thing the name is. */
  private static final String PRODUCT_NOUN = "(?:smartphone|phone|laptop|tablet|headset|glasses|smartglasses|"
      + "earbuds|smartwatch|watch|tracker|wearable|gadget|chip|processor|accelerator|app|chatbot|browser|robot|"
      + "humanoid|console|camera|speaker|pin|drone|software|framework|toolkit"
      // an assistant with the word for its kind: a voice assistant; an assistant alone may be a person's job
      + "|(?:voice|voice-activated|digital|AI|AI-powered|smart|intelligent|shopping|coding) assistant)s?";
  /** The nouns for an AI model that end an apposition's noun phrase. */
  private static final String MODEL_NOUN = "(?:model|LLM)s?";
  /** Where the kind's noun phrase ends: punctuation, or a word that opens what follows it. */
  private static final String PHRASE_END = "(?=[,.;:)]| (?:that|which|with|for|from|by|designed|built|made|powered|"
      + "launched|released|sold|developed|running|aimed|meant|able)\\b)";
  /**
   * A vendor's words for what it sells, which end the phrase as the kinds do, or before "to" (the first product to
   * read X-rays); not a solution provider, a product manager.
   */
  private static final String VENDOR_NOUN = "(?:solution|product)s?(?:" + PHRASE_END + "|(?= to\\b))";
  /**
   * Lumo Band, a fitness tracker; Orrin, an open-weight large language model; Tessa, its new chatbot; Smart Bid (SB),
   * the Acme ad product (a short form in brackets may follow the name, and the maker's name may qualify the kind).
   */
  private static final Pattern APPOSITION = Pattern.compile("(?<name>" + NAME + ")(?: \\([A-Za-z0-9]+\\))?, "
      + "(?:a|an|its|their|the) (?:(?!\\bof\\b)[A-Za-z0-9-]+ ){0,4}?(?:(?:(?<model>" + MODEL_NOUN + ")|"
      + PRODUCT_NOUN + ")" + PHRASE_END + "|" + VENDOR_NOUN + ")");

  /**
   * A sentence that defines a product by what it is: AddaxAI is a desktop tool for …, Tern is a therapeutic seal
   * robot, Orrin was an open-weight language model. The name opens the sentence; the kind noun ends its phrase, so
   * "Acme is a software company" is none.
   */
  private static final Pattern COPULA = Pattern.compile("^\\s*(?!(?:This|That|These|Those|It|Its|There|Here|He|She|"
      + "They|What|Which|Who|One|Each|Another|The|A|An|Our|Their|His|Her)\\b)(?<name>" + NAME + ") (?:is|was) "
      + "(?:a|an|the) (?:(?!\\bof\\b)[A-Za-z0-9-]+ ){0,4}?(?:(?<model>" + MODEL_NOUN + ")|" + PRODUCT_NOUN
      + "|(?:tool|application|device|(?:computer|software|AI) system)s?)(?:" + PHRASE_END + "|(?=\\s*$))");

  /** The verbs of putting a product out, and the words between them and its name (its new, the first). */
  private static final Pattern LAUNCHED = Pattern.compile("\\b(?:launched|launches|unveiled|unveils|introduced|"
      + "introduces|debuted|debuts|rolled out|rolls out|began selling|started selling) (?:(?:its|their|the|a|an|new|"
      + "first|latest|own|second|next) )*(?<name>" + NAME + ")(?=[,.;:)]| (?:in|on|at|for|with|which|that|to|as|and|"
      + "last|this|earlier|globally|worldwide)\\b)");
  /** What may stand between the company and its verb of launching: Acme also launched, Acme on Monday launched. */
  private static final String ADVERBS = "(?: (?:also|has|had|have|will|officially|quietly|recently|then|later|first|"
      + "finally|formally|publicly|on [A-Z][a-z]+day|in [A-Z][a-z]+|in \\d{4}))*";
  private static final Pattern BEFORE_VERB = Pattern.compile("^" + ADVERBS + " $");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      Matcher apposition = APPOSITION.matcher(text).region(sentence.span().begin(), sentence.span().end());
      while (apposition.find()) {
        EntityType type = apposition.group("model") != null ? EntityType.AI_MODEL : EntityType.PRODUCT;
        nameProduct(accepted, doc, sentence, new Span(apposition.start("name"), apposition.end("name")), type);
      }
      Matcher copula = COPULA.matcher(text).region(sentence.span().begin(), sentence.span().end());
      if (copula.find() && namedMidSentence(copula.group("name"), text)) {
        EntityType type = copula.group("model") != null ? EntityType.AI_MODEL : EntityType.PRODUCT;
        nameProduct(accepted, doc, sentence, new Span(copula.start("name"), copula.end("name")), type);
      }
      Matcher launched = LAUNCHED.matcher(text).region(sentence.span().begin(), sentence.span().end());
      while (launched.find()) {
        // a person launches companies as often as products (Jane Roe launched Safe Horizon); a company, products
        if (launcher(accepted, sentence, launched.start(), text)) {
          Span name = new Span(launched.start("name"), launched.end("name"));
          nameProduct(accepted, doc, sentence, name, EntityType.PRODUCT);
        }
      }
    }
  }

  /**
   * Names {@code span} a product, unless the lexicon or a pass already names it or overlaps it; what NER read inside
   * it, as whatever type, and a person or a place a pass carried there from NER's reading elsewhere (Ray-Ban of
   * Ray-Ban Stories as a person), give way to the product; its maker's name opening it is kept.
   */
  private static void nameProduct(List<Mention> accepted, AnnotatedDocument doc, AnnotatedSentence sentence,
      Span span, EntityType type) {
    String text = doc.text();
    String name = span.of(text);
    if (LayeredMentionFinder.SHORT_CAPS.matcher(name).matches()) {
      return;
    }
    // The maker's name opening the product's (Medora of Medora Scan Pro), which more than NER found, stays an
    // organization of its own, nested (guidelines 8.1).
    List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(span))
        .filter(m -> !(m.type().isOrganization() && m.source() != Mention.Source.NER
            && m.span().begin() == span.begin() && m.span().end() < span.end()))
        .toList();
    boolean guessesInside = overlapping.stream().allMatch(m -> span.contains(m.span())
        && m.source() != Mention.Source.LEXICON
        && (m.source() == Mention.Source.NER || m.type() == EntityType.PERSON || m.type() == EntityType.PLACE));
    if (guessesInside) {
      accepted.removeAll(overlapping);
      accepted.add(new Mention(span, name, type, sentence.index(), Mention.Source.PATTERN));
      mentionWhereItRecurs(accepted, doc, name, type);
    }
  }

  /**
   * The product's name where it recurs: what NER read there whole is the product too, and where nothing was read, it
   * is mentioned (the passes that carry a name to its other places ran before this one).
   */
  private static void mentionWhereItRecurs(List<Mention> accepted, AnnotatedDocument doc, String name,
      EntityType type) {
    LayeredMentionFinder.retypeNerReadings(accepted, name, type, EnumSet.complementOf(EnumSet.of(type)));
    Matcher again = Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(name) + "(?![A-Za-z0-9-])")
        .matcher(doc.text());
    while (again.find()) {
      Span at = new Span(again.start(), again.end());
      if (accepted.stream().noneMatch(m -> m.span().overlaps(at))) {
        accepted.add(new Mention(at, name, type, doc.sentenceAt(at.begin()), Mention.Source.PATTERN));
      }
    }
  }

  /**
   * Whether {@code name} reads as a name, not as a common word capitalised at a sentence's start (Fear is a powerful
   * tool): a capital or a digit after its first letter (AddaxAI, PARO, Lumo Band), or the same spelling after a
   * lower-case word or a comma elsewhere in the text.
   */
  private static boolean namedMidSentence(String name, String text) {
    return name.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        || Pattern.compile("[a-z,;:] " + Pattern.quote(name) + "(?![A-Za-z0-9-])").matcher(text).find();
  }

  /** The words for a company that the text has named before: It launched X, the startup launched X. */
  private static final Pattern COMPANY_WORDS = Pattern.compile("\\b(?:[Ii]t|[Tt]he (?:company|startup|start-up|firm|"
      + "group))" + ADVERBS + " $");

  /** Whether an organization, or a word for the company, stands right before the verb, with only adverbs between. */
  private static boolean launcher(List<Mention> accepted, AnnotatedSentence sentence, int verb, String text) {
    return COMPANY_WORDS.matcher(text.substring(sentence.span().begin(), verb)).find()
        || accepted.stream().anyMatch(m -> m.type().isOrganization() && m.span().end() <= verb
            && m.span().begin() >= sentence.span().begin()
            && BEFORE_VERB.matcher(text.substring(m.span().end(), verb)).matches());
  }
}
