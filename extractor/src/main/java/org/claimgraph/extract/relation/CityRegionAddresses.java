package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.entity.CityRegionPairs;

/**
 * English address pairs "City, Region" wherever they stand (guideline 8.2: an address gives LOCATED_IN from the smaller
 * place to the larger): "the Springfield, Illinois company", "its Greenville, South Carolina plant", "Birth place:
 * Lyon, France", and a street before its city ("off Elm Road, Leeds"). organizations.rules reads the pair only after
 * in/from/near/outside; here the region must be known as one (CoreNLP's fine tags STATE_OR_PROVINCE or COUNTRY, or its
 * English gazetteer) and the first place must not be, so a list of places ("Paris, London and Berlin", "France,
 * Germany") gives nothing. An organization in apposition right before the pair ("Acme, the Springfield, Illinois
 * company") is in the city.
 */
final class CityRegionAddresses {
  static final String RULE = "names.city-region-address";
  static final String APPOSITION_RULE = "names.organization-city-region-apposition";
  static final double CONFIDENCE = 0.7;
  private static final Set<String> LARGER = Set.of("STATE_OR_PROVINCE", "COUNTRY");
  /** A street's name: Elm Road, Baker Street. */
  private static final Pattern STREET = Pattern.compile(".* (?:Road|Street|Avenue|Lane|Boulevard|Drive|Square)");
  /** The list goes on after the region: ", and Germany", " or Spain", ", Germany". */
  private static final Pattern LIST_AFTER = Pattern.compile("^(?:,? (?:and|or) |, )");
  /** The region's possessive is no address (Texas's senator). */
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]");
  /** Between an organization and the pair: "Acme, the " / "Acme, a ". */
  private static final Pattern APPOSITION = Pattern.compile(", (?:the|a|an) ");
  /** After the region in an apposition: the noun the pair modifies (company, firm, maker), or -based. */
  private static final Pattern NOUN_AFTER = Pattern.compile("^(?:-based)? (?:[a-z][a-z-]* ){0,2}?"
      + "(?:company|firm|startup|start-up|maker|manufacturer|developer|group|lab|business|provider|chipmaker|automaker)"
      + "\\b");

  private record Placed(Mention mention, Entity entity) {}

  private CityRegionAddresses() {}

  static List<Relation> find(AnnotatedDocument document, List<Entity> entities) {
    String text = document.text();
    List<Placed> places = mentions(entities, e -> e.type() == EntityType.PLACE);
    List<Placed> organizations = mentions(entities, e -> e.type().isOrganization());
    List<Relation> out = new ArrayList<>();
    for (Placed small : places) {
      for (Placed large : places) {
        if (small.entity() == large.entity() || large.mention().span().begin() != small.mention().span().end() + 2
            || !text.startsWith(", ", small.mention().span().end())) {
          continue;
        }
        boolean street = STREET.matcher(small.mention().text()).matches();
        if (larger(document, small.mention()) || !street && !larger(document, large.mention())
            || listBefore(text, places, small) || listAfter(text, document, places, large)) {
          continue;
        }
        Span span = new Span(small.mention().span().begin(), large.mention().span().end());
        int sentence = Math.max(0, small.mention().sentence());
        out.add(new Relation(small.entity().key(), RelationType.LOCATED_IN,
            new Relation.EntityValue(large.entity().key()), Optional.empty(), sentence, span, RULE, CONFIDENCE));
        if (street) {
          continue;
        }
        for (Placed org : organizations) {
          int end = org.mention().span().end();
          int begin = small.mention().span().begin();
          if (end < begin && APPOSITION.matcher(text.substring(end, begin)).matches()
              && NOUN_AFTER.matcher(text.substring(large.mention().span().end())).find()) {
            out.add(new Relation(org.entity().key(), RelationType.LOCATED_IN,
                new Relation.EntityValue(small.entity().key()), Optional.empty(), sentence,
                new Span(org.mention().span().begin(), span.end()), APPOSITION_RULE, CONFIDENCE));
          }
        }
      }
    }
    return out;
  }

  private static List<Placed> mentions(List<Entity> entities, java.util.function.Predicate<Entity> kind) {
    List<Placed> out = new ArrayList<>();
    for (Entity e : entities) {
      if (kind.test(e)) {
        e.mentions().stream().filter(m -> m.source() != Mention.Source.COREFERENCE)
            .forEach(m -> out.add(new Placed(m, e)));
      }
    }
    out.sort(Comparator.comparingInt(p -> p.mention().span().begin()));
    return out;
  }

  /** Another place and a comma right before the city: a list (Berlin, Lyon, France). */
  private static boolean listBefore(String text, List<Placed> places, Placed small) {
    int begin = small.mention().span().begin();
    return begin >= 2 && text.startsWith(", ", begin - 2)
        && places.stream().anyMatch(p -> p.mention().span().end() == begin - 2);
  }

  /** The region followed by a comma or "and" and another region, or by its possessive. */
  private static boolean listAfter(String text, AnnotatedDocument document, List<Placed> places, Placed large) {
    String after = text.substring(large.mention().span().end());
    if (POSSESSIVE_AFTER.matcher(after).find()) {
      return true;
    }
    var list = LIST_AFTER.matcher(after);
    if (!list.find()) {
      return false;
    }
    int next = large.mention().span().end() + list.end();
    return places.stream().anyMatch(p -> p.mention().span().begin() == next && larger(document, p.mention()));
  }

  /** A state, province or country: by CoreNLP's fine tags or its English gazetteer; never a token tagged CITY. */
  private static boolean larger(AnnotatedDocument document, Mention m) {
    List<Token> tokens = tokens(document, m);
    if (tokens.stream().anyMatch(t -> "CITY".equals(t.ner()))) {
      return false;
    }
    return tokens.stream().anyMatch(t -> LARGER.contains(t.ner())) || CityRegionPairs.isRegionName(m.text());
  }

  private static List<Token> tokens(AnnotatedDocument document, Mention m) {
    int index = m.sentence() >= 0 ? m.sentence() : document.sentenceAt(m.span().begin());
    if (index < 0 || index >= document.sentences().size()) {
      return List.of();
    }
    AnnotatedSentence s = document.sentences().get(index);
    return s.tokens().stream().filter(t -> t.span().overlaps(m.span())).toList();
  }
}
