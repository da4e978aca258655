package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;

/**
 * DEVELOPER read from names: a model whose name is an organization's name followed by the model's own name states
 * its maker, as the annotation guidelines read a possessive name (百度文心一言, Google Gemini, Acme-V2). No token rule
 * can see this, since the two names overlap in the text. The maker's name must end at a separator, a digit or a
 * Chinese character, so a name that merely starts with the same letters (MetaGPT and Meta) does not count.
 */
final class ModelNames {
  static final String RULE = "names.developer-in-model-name";
  static final double CONFIDENCE = 0.75;

  private ModelNames() {}

  static List<Relation> developers(List<Entity> entities) {
    List<Entity> organizations = entities.stream().filter(e -> e.type().isOrganization()).toList();
    List<Relation> out = new ArrayList<>();
    for (Entity model : entities) {
      if (model.type() != EntityType.AI_MODEL) {
        continue;
      }
      for (Entity maker : organizations) {
        makerMention(model, maker).ifPresent(m -> out.add(new Relation(model.key(), RelationType.DEVELOPER,
            new Relation.EntityValue(maker.key()), Optional.empty(), Math.max(0, m.sentence()), m.span(), RULE,
            CONFIDENCE)));
      }
    }
    return out;
  }

  private static Optional<Mention> makerMention(Entity model, Entity maker) {
    Set<String> makerNames = maker.names();
    for (Mention m : model.mentions()) {
      if (m.source() == Mention.Source.COREFERENCE) {
        continue;
      }
      for (String name : makerNames) {
        if (name.length() >= 2 && m.text().length() > name.length() && m.text().startsWith(name)
            && startsOwnName(m.text().substring(name.length()))) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What follows the maker's name starts a name of its own: after a space, hyphen, middle dot or underscore, or with a
   * digit or a Han character.
   */
  private static boolean startsOwnName(String rest) {
    int c = rest.codePointAt(0);
    if (c == ' ' || c == '-' || c == '·' || c == '_') {
      return rest.strip().replaceFirst("^[-·_]", "").strip().length() >= 1;
    }
    return Character.isDigit(c) || Languages.isHan(c);
  }

}
