package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.lexicon.TabFile;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * DEVELOPER from domain knowledge ({@code model-makers.tsv}: Claude → Anthropic, 通义千问 → Alibaba): a model of a
 * family whose maker is known, named in the same sentence as that maker. News and encyclopedias put a model beside
 * its maker in more shapes than token rules list ("Anthropic released Claude 3 in March and Claude 3.5 Sonnet in
 * June", "阿里巴巴的通义千问和百度的文心一言"); the maker itself must be named in the sentence, so a model only compared
 * with another company's gets nothing, and the sentence must say that something was made (a verb of making or
 * releasing, or the maker's possessive), so a maker that only praises or uses its model states nothing.
 */
final class ModelMakers {
  static final String RULE = "names.known-maker-in-sentence";
  static final String FILE = "model-makers.tsv";
  static final double CONFIDENCE = 0.6;

  /** Words of making or releasing a model in Chinese; English ones by their stem, in any inflection. */
  private static final Set<String> MAKING = Set.of("发布", "推出", "开发", "研发", "打造", "训练", "上线", "开源", "发表",
      "公布", "亮相", "升级", "更新", "旗下");
  private static final Pattern MAKING_ENGLISH = Pattern.compile(
      "(?i)(releas|launch|develop|buil[dt]|train|unveil|introduc|announc|debut|open-sourc|creat|made|mak|ship|successor)"
          + "\\w*");
  /** A possessive right after the maker's name. */
  private static final Set<String> POSSESSIVE = Set.of("的", "'s", "’s", "'", "’");

  /** A family by the start of its models' names, and the entity keys that stand for its maker. */
  record Family(String prefix, Set<String> makers) {}

  private final List<Family> families;

  ModelMakers(List<Family> families) {
    this.families = List.copyOf(families);
  }

  static ModelMakers load() {
    List<Family> families = new ArrayList<>();
    for (TabFile.Row row : TabFile.read(ModelMakers.class, FILE, 3)) {
      if (!row.cell(2).startsWith("https://")) {
        throw row.error("a family needs the URL of a page naming its maker");
      }
      families.add(new Family(row.cell(0), Set.of(row.cell(1).split("\\|"))));
    }
    return new ModelMakers(families);
  }

  List<Relation> find(List<TaggedSentence> tagged, List<Entity> entities) {
    Map<String, Entity> byKey = entities.stream().collect(Collectors.toMap(Entity::key, Function.identity(),
        (a, b) -> a));
    List<Relation> out = new ArrayList<>();
    for (TaggedSentence s : tagged) {
      for (Referent model : s.referents()) {
        Entity entity = byKey.get(model.entityKey());
        if (model.type() != EntityType.AI_MODEL || entity == null) {
          continue;
        }
        Set<String> makers = makersOf(entity);
        s.referents().stream()
            .filter(r -> r.type().isOrganization() && makers.contains(r.entityKey()))
            .filter(r -> saysMade(s) || possessive(s, r, model))
            .min(Comparator.comparingInt(r -> distance(r.span(), model.span())))
            .ifPresent(maker -> out.add(new Relation(model.entityKey(), RelationType.DEVELOPER,
                new Relation.EntityValue(maker.entityKey()), Optional.empty(), s.index(),
                new Span(Math.min(model.span().begin(), maker.span().begin()),
                    Math.max(model.span().end(), maker.span().end())), RULE, CONFIDENCE)));
      }
    }
    return out;
  }

  /** The makers of the first family one of the model's names opens, or none. */
  Set<String> makersOf(Entity model) {
    for (String name : model.names()) {
      for (Family f : families) {
        if (opens(f.prefix(), name)) {
          return f.makers();
        }
      }
    }
    return Set.of();
  }

  /**
   * Whether {@code name} starts with the family's name as a word: a Latin family before the name's end, a space, a
   * hyphen, a dot or a digit (GPT-4o, Claude 3, Llama2, but not Phillips for Phi); a Chinese one at any point.
   */
  static boolean opens(String family, String name) {
    if (!name.toLowerCase(Locale.ROOT).startsWith(family.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (name.length() == family.length() || Languages.isHan(family.codePointAt(family.length() - 1))) {
      return true;
    }
    char next = name.charAt(family.length());
    return next == ' ' || next == '-' || next == '.' || Character.isDigit(next);
  }

  private static boolean saysMade(TaggedSentence s) {
    return s.tokens().stream().anyMatch(t -> MAKING.contains(t.word()) || MAKING_ENGLISH.matcher(t.word()).matches());
  }

  /**
   * The maker's possessive before the model, at most two nouns or adjectives between (Meta's new model Llama,
   * 阿里巴巴的大模型通义千问).
   */
  private static boolean possessive(TaggedSentence s, Referent maker, Referent model) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().begin() == maker.span().end() && POSSESSIVE.contains(tokens.get(i).word())) {
        for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
          if (tokens.get(k).span().begin() == model.span().begin()) {
            return true;
          }
          if (!tokens.get(k).pos().matches("NN.*|JJ.*")) {
            break; // Anthropic的工程师对Claude…: the possessive owns something else
          }
        }
      }
    }
    return false;
  }


  private static int distance(Span a, Span b) {
    return a.end() <= b.begin() ? b.begin() - a.end() : Math.max(0, a.begin() - b.end());
  }
}
