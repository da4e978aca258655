package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/** The passes of {@link LayeredMentionFinder} that find versions of the Chinese and English model names already found. */
final class ModelVersions {
  private ModelVersions() {}

  /** A version after a Chinese model name: 天枢-2.5, 混元T1, 星图3.0 Pro, 天枢1.5thinking, and a size (混元-A13B). */
  private static final Pattern HAN_MODEL_VERSION = Pattern.compile(
      "^-?(?:[A-Z]?\\d+(?:\\.\\d+)*[BM]?|[A-Z]\\d*)(?: ?(?:Pro|Max|Plus|Turbo|Lite|Flash|mini|Mini|Ultra|"
          + "[Tt]hinking|[Vv]ision))?"
          + "(?![A-Za-z0-9.])(?! ?[亿万千百个款家年月日号%倍位名次项岁元])"); // 混元 70 亿参数 is a quantity

  /** A Chinese model name with its version: 星图2.0, 天衡-3. */
  private static final Pattern HAN_NAME_WITH_VERSION = Pattern.compile("(\\p{IsHan}{2,})-?\\d{1,2}(?:\\.\\d+)*.*");

  /**
   * A Chinese model name found in the document (the lexicon's 混元, 天枢 of 天枢大模型, 星图 of 星图2.0) followed by a
   * version names that version of the model.
   */
  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Set<String> families = new HashSet<>();
    for (Mention m : accepted) {
      boolean han = m.text().codePoints().allMatch(Languages::isHan);
      Matcher versioned = HAN_NAME_WITH_VERSION.matcher(m.text());
      if (m.type() == EntityType.AI_MODEL && versioned.matches()) {
        families.add(versioned.group(1)); // 星图 of 星图2.0 (+3.0 elsewhere)
      }
      if (m.type() == EntityType.AI_MODEL && m.text().length() >= 2 && han) {
        families.add(m.text()); // 文心大模型 (+4.0)
        if (m.text().endsWith("大模型") && m.text().length() >= 5) {
          families.add(m.text().substring(0, m.text().length() - 3)); // 天枢 (+-2.5)
        }
      }
    }
    for (String family : families) {
      for (int at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
        Matcher v = HAN_MODEL_VERSION.matcher(text).region(at + family.length(), text.length());
        if (v.lookingAt() && v.end() > v.start()) {
          LayeredMentionFinder.add(accepted, doc, new Span(at, v.end()), EntityType.AI_MODEL, Mention.Source.PATTERN);
        }
      }
    }
  }

  /** A one- or two-word Latin name without digits: Corvid, Night Owl. */
  private static final Pattern LATIN_FAMILY = Pattern.compile("[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?");
  /**
   * A version after the name, with a size word: Corvid 2, Lumen 2.5, Corvid 3 Mini. Not a count (Corvid 3 million
   * users, Lumen 2 models).
   */
  private static final Pattern LATIN_VERSION = Pattern.compile("^ \\d{1,2}(?:\\.\\d+)*(?: (?:Pro|Max|Plus|Mini|mini|Ultra|"
      + "Turbo|Lite|Flash|Nano|Small|Medium|Large))?(?![A-Za-z0-9]|[.,]\\d)(?! (?:million|billion|thousand|hundred|"
      + "percent|per|years?|months?|models?|times|users|of|to|and)\\b)");

  /** A version after a family's name: Orrin 2, Orrin-3.5, Orrin V7, Orrin 4 Pro; not a count (Orrin 3 million). */
  private static final String RELEASE_VERSION = "[ -][Vv]?\\d{1,2}(?:\\.\\d+)*(?: (?:Pro|Max|Plus|Mini|Ultra|Turbo|Lite|"
      + "Flash|Nano|Alpha|Beta))?(?![A-Za-z0-9]|[.,]\\d)(?! (?:million|billion|thousand|percent|years?|months?|times|"
      + "users)\\b)";
  private static final Pattern VERSION_AFTER_FAMILY = Pattern.compile(RELEASE_VERSION);

  /**
   * "Acme released Orrin 2", "unveiled its new video model Orrin 3.5", "launched Gen-4": a capitalised name with a
   * version number right after a verb of releasing. Not a word that numbers something else (Version 5, Phase 2,
   * Series 3, Q2) nor a month.
   */
  private static final Pattern RELEASED_VERSION = Pattern.compile("\\b(?:released|launched|unveiled|introduced|debuted|"
      + "rolled out|open-sourced|shipped|previewed|releases|launches|unveils|introduces|debuts) "
      + "(?:(?:its|their|the|a|an) )?(?:(?:new|latest|next-generation|updated|flagship|video|image|music|speech|language|"
      + "reasoning|AI|generative|open-source|open-weight|generation) ){0,3}(?:(?:model|version) )?"
      + "(?<family>(?!(?:Version|Series|Phase|Stage|Season|Episode|Chapter|Part|Volume|Round|Tier|Level|Step|Model|"
      + "January|February|March|April|May|June|July|August|September|October|November|December)\\b)"
      + "[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)(?<version>" + RELEASE_VERSION + ")");
  /**
   * Words that say an article is about AI models, so that what is released in it with a version is one ("video
   * models", "LLM", 模型); a phone's "new model" is not among them.
   */
  private static final Pattern MODEL_WORD = Pattern.compile("(?i)\\b(?:AI|language|video|image|music|speech|"
      + "foundation|reasoning|generative|generation|open-weight|open-source|frontier|multimodal) models?\\b"
      + "|\\bLLMs?\\b|模型");

  /**
   * Names released with a version (Acme released Orrin 2): a model in an article that speaks of AI models, else a
   * product; and the family's other versions in the document (Orrin 3, Orrin 4 Pro) are the same kind of thing.
   */
  static void addReleasedVersions(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher released = RELEASED_VERSION.matcher(text);
    Set<String> families = new HashSet<>();
    EntityType type = MODEL_WORD.matcher(text).find() ? EntityType.AI_MODEL : EntityType.PRODUCT;
    while (released.find()) {
      String family = released.group("family");
      Span name = new Span(released.start("family"), released.end("version"));
      if (families.contains(family) || accepted.stream().anyMatch(m -> m.span().overlaps(name)
          && !(name.contains(m.span()) && m.source() != Mention.Source.LEXICON))) {
        continue; // a name something else already read (a lexicon model, a shape), or a family done already
      }
      families.add(family);
      for (Span span : versionsOf(text, family, VERSION_AFTER_FAMILY)) {
        List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(span)).toList();
        if (overlapping.stream().allMatch(m -> span.contains(m.span()) && m.source() != Mention.Source.LEXICON)) {
          accepted.removeAll(overlapping); // a piece of it read as a name of its own (Orrin as a person)
          accepted.add(new Mention(span, span.of(text), type, doc.sentenceAt(span.begin()), Mention.Source.PATTERN));
        }
      }
    }
  }

  /**
   * An English model name a shape or the lexicon found (a model called Corvid, its Lumen model), followed through the
   * document: its versions (Corvid 2, Corvid 3 Mini) are models, and so is the bare name wherever NER took it for an
   * organization or a person.
   */
  static void addLatinVersions(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Set<String> families = new HashSet<>();
    for (Mention m : accepted) {
      if (m.type() == EntityType.AI_MODEL && m.source() != Mention.Source.NER && LATIN_FAMILY.matcher(m.text()).matches()) {
        families.add(m.text());
      }
    }
    if (families.isEmpty()) {
      return;
    }
    // NER read the model's name as an organization or a person elsewhere: the document already said what it is.
    accepted.replaceAll(m -> m.source() == Mention.Source.NER && families.contains(m.text())
        && (m.type().isOrganization() || m.type() == EntityType.PERSON)
        ? new Mention(m.span(), m.text(), EntityType.AI_MODEL, m.sentence(), m.source()) : m);
    for (String family : families) {
      for (Span span : versionsOf(text, family, LATIN_VERSION)) {
        List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(span)).toList();
        if (overlapping.stream().allMatch(m -> span.contains(m.span()) && m.type() != EntityType.PERSON
            && m.type() != EntityType.PLACE)) {
          accepted.removeAll(overlapping); // the family's name or the size word alone (Mini) is a piece of it
          accepted.add(new Mention(span, span.of(text), EntityType.AI_MODEL, doc.sentenceAt(span.begin()),
              Mention.Source.PATTERN));
        }
      }
    }
  }

  /** Where {@code family} is written as a word of its own with a version after it that {@code version} reads. */
  private static List<Span> versionsOf(String text, String family, Pattern version) {
    List<Span> found = new ArrayList<>();
    for (int at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
      if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
        continue;
      }
      Matcher v = version.matcher(text).region(at + family.length(), text.length());
      if (v.lookingAt()) {
        found.add(new Span(at, v.end()));
      }
    }
    return found;
  }
}
