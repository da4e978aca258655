package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.LexiconEntry;
import org.claimgraph.extract.lexicon.LexiconMatch;
import org.claimgraph.extract.lexicon.LexiconMatcher;

/**
 * The pass of {@link LayeredMentionFinder} that names the parent inside a unit's name (guidelines §8.1: an
 * organization named inside a longer name is an entity of its own). The lexicon's longest match swallows the parent
 * when it knows the unit by its full short name (某科学院计算所 holds 某科学院); NER does the same with a name it reads
 * whole. The parent becomes a mention of its own, so the relation stage can state the unit PART_OF it.
 */
public final class NestedParents {
  /**
   * The unit nouns that end a unit's name after its parent's (a suffix that is only a company word names the company
   * itself); the relation stage reads units by the same list.
   */
  public static final Pattern UNIT_SUFFIX = Pattern.compile(
      ".*(?:委员会|部门|部|局|署|队|实验室|研究院|研究所|所|中心|学院|系|医院|分校|校区|院区|分院|分公司|子公司|智能云|云|电商|物流|金融|健康|大脑|事业部|事业群|办公室|分部|分社|团队|小组|处|厅|"
          // round 31: a base, a college, an office, a car maker's passenger or commercial vehicle arm (上汽乘用车)
          + "基地|书院|書院|辦公室|乘用车|商用车|"
          + "Lab|Labs|Research|Division|Committee|Subcommittee|committee|subcommittee)$");

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** A Latin word that goes on past the parent's form (AI2 inside AI21 Labs) names no parent. */
  private static final Pattern LATIN_WORD_GOES_ON = Pattern.compile("[A-Za-z0-9]{2}");

  private NestedParents() {}

  static void addTo(AnnotatedDocument doc, List<Mention> accepted, LexiconMatcher lexicon) {
    String text = doc.text();
    withCountryBefore(doc, accepted, lexicon);
    for (Mention unit : List.copyOf(accepted)) {
      if (!unit.type().isOrganization() || unit.source() == Mention.Source.COREFERENCE
          || accepted.stream().anyMatch(m -> m != unit && m.span().contains(unit.span()))) {
        continue; // one level: a unit named inside a longer name is that name's parent, not split further
      }
      String name = unit.text();
      Optional<LexiconEntry> own = whole(lexicon, name);
      // The longest lexicon form of another organization that opens the name, the rest a unit's name.
      for (int end = name.length() - 2; end >= 2; end--) {
        Optional<LexiconEntry> parent = whole(lexicon, name.substring(0, end));
        String rest = name.substring(end);
        if (parent.isEmpty() || !parent.get().type().isOrganization() || own.equals(parent)
            || !UNIT_SUFFIX.matcher(rest).matches() || LATIN_WORD_GOES_ON.matcher(name).region(end - 1, end + 1)
            .lookingAt()) {
          continue;
        }
        addNamedInside(text, accepted, unit, end, parent.get().type());
        break;
      }
    }
  }

  /**
   * 中国国务院国有资产监督管理委员会: the lexicon may know a unit without its country (国务院国有资产监督管理委员会) and its
   * parent only with it (中国国务院). The country right before the unit then belongs to the unit's name, and the parent
   * is named inside it.
   */
  private static void withCountryBefore(AnnotatedDocument doc, List<Mention> accepted, LexiconMatcher lexicon) {
    String text = doc.text();
    for (Mention unit : List.copyOf(accepted)) {
      if (!unit.type().isOrganization() || unit.source() != Mention.Source.LEXICON) {
        continue;
      }
      Optional<Mention> country = accepted.stream().filter(m -> m.type() == EntityType.PLACE
          && m.span().end() == unit.span().begin()).findFirst();
      if (country.isEmpty()) {
        continue;
      }
      String name = unit.text();
      for (int end = name.length() - 2; end >= 2; end--) {
        Optional<LexiconEntry> parent = whole(lexicon, country.get().text() + name.substring(0, end));
        if (parent.isEmpty() || !parent.get().type().isOrganization()
            || !UNIT_SUFFIX.matcher(name.substring(end)).matches()) {
          continue;
        }
        Span whole = new Span(country.get().span().begin(), unit.span().end());
        Span parentSpan = new Span(whole.begin(), unit.span().begin() + end);
        accepted.remove(unit);
        accepted.remove(country.get());
        accepted.add(new Mention(whole, whole.of(text), unit.type(), unit.sentence(), unit.source()));
        accepted.add(new Mention(parentSpan, parentSpan.of(text), parent.get().type(), unit.sentence(),
            Mention.Source.LEXICON));
        break;
      }
    }
  }

  /**
   * Meta Llama 3, Microsoft Phi 4, 腾讯混元, Google Pixel: a model or a product named with its maker's name in front,
   * after a space or, in Chinese, running straight on into the own name (guidelines §4: a possessive name states the
   * relation it contains, "MetaLLaMa-2"; §8.1: an organization named inside a longer name is an entity of its own). The
   * maker the lexicon knows becomes a mention of its own inside the name, so the relation stage can state DEVELOPER of
   * a model even where the text names the maker nowhere else. Not when another name already overlaps it, nor when the
   * whole name is the maker's own entry; a Latin name running on (MetaGPT) names no maker.
   */
  static void addMakersInModelNames(AnnotatedDocument doc, List<Mention> accepted, LexiconMatcher lexicon) {
    String text = doc.text();
    for (Mention named : List.copyOf(accepted)) {
      if (named.type() != EntityType.AI_MODEL && named.type() != EntityType.PRODUCT
          || named.source() == Mention.Source.COREFERENCE) {
        continue;
      }
      String name = named.text();
      Optional<LexiconEntry> own = whole(lexicon, name);
      for (int end = name.length() - 1; end >= 2; end--) {
        if (!makerMayEndAt(name, end)) {
          continue;
        }
        Optional<LexiconEntry> maker = whole(lexicon, name.substring(0, end));
        if (maker.isEmpty() || !maker.get().type().isOrganization() || own.equals(maker)
            || name.substring(end).isBlank()) {
          continue;
        }
        addNamedInside(text, accepted, named, end, maker.get().type());
        break;
      }
    }
  }

  /** A maker's name ends before a space, or before a Chinese character that starts the own name (腾讯|混元). */
  private static boolean makerMayEndAt(String name, int end) {
    return name.charAt(end) == ' ' || HAN.matcher(name.substring(end, end + 1)).matches()
        && name.length() - end >= 2;
  }

  /**
   * The words of an English brand unit after its parent's name and a space (Google DeepMind, Microsoft AI, Acme
   * Quantum): capitalised words, not a company's legal or trade form (Acme Inc., Meta Platforms, Acme Capital: the
   * company itself, or a fund, which {@link #CORPORATE_FUND} reads), a country or region (Acme China: often a
   * spun-off company), nor a department named by its field (the Commerce Department is no unit of something called
   * Commerce). The entity stage names the parent inside such a unit, and names.part-of-unit-name reads PART_OF from
   * it.
   */
  private static final Pattern ENGLISH_BRAND_UNIT = Pattern.compile("(?!(?:Inc|Corp|Corporation|Co|Company|Ltd|LLC|"
      + "PLC|AG|SA|SE|GmbH|Group|Holdings?|Platforms|Technologies|Technology|Systems|International|Global|Capital|"
      + "Ventures|Partners|Fund|Foundation|China|Japan|India|Europe|Asia|America|USA|US|UK|Department|Dept|Ministry)"
      + "\\b)[A-Z][A-Za-z0-9-]*(?: [A-Z][A-Za-z0-9-]*){0,2}");

  /**
   * The words of a company's venture arm or fund after its name and a space (Acme Capital, Acme Ventures, Acme Climate
   * Fund, Acme Startup Fund): a company's name followed by a fund word is its investment arm, part of it, when the
   * name before is a company the lexicon knows by that label (Sequoia Capital is no unit of a company Sequoia: the
   * lexicon's label is the whole name). Source: https://en.wikipedia.org/wiki/Corporate_venture_capital.
   */
  private static final Pattern CORPORATE_FUND = Pattern.compile("(?:[A-Z][A-Za-z0-9-]* ){0,3}(?:Capital|Ventures|"
      + "Fund)");

  /**
   * Whether the words after a parent's name and a space make a unit of it: a company's venture arm or fund (Acme
   * Capital), or a brand unit that is no company of its own (Google DeepMind; Acme Robotics beside Acme may be none of
   * its units). The entity stage names the parent inside such a name by this test, and the relation stage reads
   * PART_OF by it.
   */
  public static boolean namesEnglishUnit(EntityType unitType, EntityType parentType, String rest) {
    return parentType == EntityType.COMPANY && CORPORATE_FUND.matcher(rest).matches()
        || unitType != EntityType.COMPANY && ENGLISH_BRAND_UNIT.matcher(rest).matches();
  }

  /**
   * Google DeepMind, Acme Quantum: an English organization named with its parent's name in front (guidelines §4 and
   * §8.1: the possessive name of a unit states PART_OF, and the parent named inside it is an entity of its own). The
   * parent must be the lexicon entry whose label is the whole prefix (Google), not a short form of a longer name
   * (Quanta of Quanta Computer: "Quanta AI" is another company), nor the unit's own entry (Mistral in Mistral AI).
   */
  static void addParentsOfBrandUnits(AnnotatedDocument doc, List<Mention> accepted, LexiconMatcher lexicon) {
    String text = doc.text();
    for (Mention unit : List.copyOf(accepted)) {
      // A company named after another (Sony Music Entertainment) may be none of its units: names.part-of-unit-name
      // reads no PART_OF there, so its parent is not named inside it either.
      if (!unit.type().isOrganization() || unit.source() == Mention.Source.COREFERENCE
          || HAN.matcher(unit.text()).find()) {
        continue;
      }
      String name = unit.text();
      Optional<LexiconEntry> own = whole(lexicon, name);
      int end = name.indexOf(' ');
      if (end < 2) {
        continue;
      }
      String prefix = name.substring(0, end);
      String rest = name.substring(end + 1);
      Optional<LexiconEntry> parent = whole(lexicon, prefix);
      if (parent.isEmpty() || !parent.get().type().isOrganization() || own.equals(parent)
          || !prefix.equals(parent.get().en())) {
        continue;
      }
      if (!namesEnglishUnit(unit.type(), parent.get().type(), rest)) {
        continue;
      }
      addNamedInside(text, accepted, unit, end, parent.get().type());
    }
  }

  /**
   * The first {@code length} characters of {@code holder}'s name as a mention of the lexicon organization they name,
   * unless another name already overlaps them.
   */
  private static void addNamedInside(String text, List<Mention> accepted, Mention holder, int length, EntityType type) {
    Span span = new Span(holder.span().begin(), holder.span().begin() + length);
    if (accepted.stream().noneMatch(m -> m != holder && m.span().overlaps(span))) {
      accepted.add(new Mention(span, span.of(text), type, holder.sentence(), Mention.Source.LEXICON));
    }
  }

  /** The lexicon's entry that {@code form} is, whole. */
  private static Optional<LexiconEntry> whole(LexiconMatcher lexicon, String form) {
    List<LexiconMatch> found = lexicon.find(form);
    return found.size() == 1 && found.get(0).span().begin() == 0 && found.get(0).span().end() == form.length()
        ? Optional.of(found.get(0).entry()) : Optional.empty();
  }
}
