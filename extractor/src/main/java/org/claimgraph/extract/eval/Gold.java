package org.claimgraph.extract.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Stance;

/**
 * A gold standard for one document: its entities, relations and claims, as annotated by hand
 * (see docs/annotation-guidelines.md for the JSON format and how each case was decided).
 *
 * <p>The constructor checks that every name a relation or claim uses resolves to an entity (or, for claimants, to
 * one of the declared groups), that no two entities share a name, and that every relation fits its predicate's domain,
 * range or literal format ({@link GoldSchema}); its messages give the JSON path.
 *
 * @param source   the document the gold belongs to, as a path relative to the repository root, if given
 * @param title    the article's title
 * @param date     the article's date, against which relative dates (今年三月) were resolved: a day, or the month or
 *                 year when the page gives no more ({@link LocalDate}, {@link YearMonth} or {@link Year})
 * @param author   a name of the author's entity, if the article has a byline
 * @param groups   described claimants that are not entities (e.g. 开源的支持者)
 */
public record Gold(
    Optional<String> source,
    String title,
    Optional<Temporal> date,
    Optional<String> author,
    Optional<String> language,
    List<String> groups,
    List<GoldEntity> entities,
    List<GoldRelation> relations,
    List<GoldClaim> claims) {

  private static final Set<String> TOP_FIELDS = Set.of("comment", "document", "groups", "entities", "relations", "claims");
  private static final Set<String> DOCUMENT_FIELDS = Set.of("source", "title", "date", "author", "language");
  private static final Set<String> ENTITY_FIELDS = Set.of("type", "names", "en", "zh", "note");
  private static final Set<String> RELATION_FIELDS =
      Set.of("subject", "predicate", "object", "literal", "qualifier", "evidence", "note");
  private static final Set<String> CLAIM_FIELDS =
      Set.of("text", "claimant", "claimantAliases", "kind", "stance", "cue", "about", "note");

  public Gold {
    Objects.requireNonNull(source, "source");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("$.document.title: missing");
    }
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(language, "language");
    groups = List.copyOf(groups);
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
    claims = List.copyOf(claims);

    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      GoldEntity e = entities.get(i);
      List<String> names = new ArrayList<>(e.names());
      e.en().ifPresent(names::add);
      e.zh().ifPresent(names::add);
      for (String name : names) {
        Integer other = byKey.putIfAbsent(MatchKey.name(name), i);
        if (other != null && other != i) {
          throw new IllegalArgumentException("$.entities[" + i + "]: name '" + name + "' is also a name of $.entities[" + other
              + "] (" + entities.get(other).displayName() + ") once spaces, case and hyphens are ignored;"
              + " a name must identify one entity");
        }
      }
    }
    Set<String> groupKeys = groups.stream().map(MatchKey::name).collect(Collectors.toSet());
    for (int i = 0; i < groups.size(); i++) {
      if (byKey.containsKey(MatchKey.name(groups.get(i)))) {
        throw new IllegalArgumentException("$.groups[" + i + "]: '" + groups.get(i) + "' is an entity's name; list it once");
      }
    }
    if (author.isPresent()) {
      Integer e = byKey.get(MatchKey.name(author.get()));
      if (e == null || entities.get(e).type() != EntityType.PERSON) {
        throw new IllegalArgumentException(
            "$.document.author: '" + author.get() + "' names no PERSON in $.entities; add the author as an entity");
      }
    }
    for (int i = 0; i < relations.size(); i++) {
      GoldRelation r = relations.get(i);
      requireEntity(byKey, r.subject(), "$.relations[" + i + "].subject");
      int at = i;
      r.object().ifPresent(o -> requireEntity(byKey, o, "$.relations[" + at + "].object"));
      EntityType subjectType = entities.get(byKey.get(MatchKey.name(r.subject()))).type();
      List<GoldEntity> all = entities;
      Optional<EntityType> objectType = r.object().map(o -> all.get(byKey.get(MatchKey.name(o))).type());
      GoldSchema.problem(r, subjectType, objectType).ifPresent(problem -> {
        throw new IllegalArgumentException("$.relations[" + at + "] " + r.display() + ": " + problem);
      });
    }
    for (int i = 0; i < claims.size(); i++) {
      GoldClaim c = claims.get(i);
      requireClaimant(byKey, groupKeys, c.claimant(), "$.claims[" + i + "].claimant");
      for (int j = 0; j < c.claimantAliases().size(); j++) {
        requireClaimant(byKey, groupKeys, c.claimantAliases().get(j), "$.claims[" + i + "].claimantAliases[" + j + "]");
      }
      for (int j = 0; j < c.about().size(); j++) {
        requireEntity(byKey, c.about().get(j), "$.claims[" + i + "].about[" + j + "]");
      }
    }
  }

  private static void requireEntity(Map<String, Integer> byKey, String name, String path) {
    if (!byKey.containsKey(MatchKey.name(name))) {
      throw new IllegalArgumentException(path + ": '" + name + "' names no entity in $.entities; add it there or fix the spelling");
    }
  }

  private static void requireClaimant(Map<String, Integer> byKey, Set<String> groupKeys, String name, String path) {
    String key = MatchKey.name(name);
    if (!byKey.containsKey(key) && !groupKeys.contains(key)) {
      throw new IllegalArgumentException(
          path + ": '" + name + "' names no entity in $.entities and no group in $.groups; add it to one of them");
    }
  }

  /** The index of the entity with this name (any surface form or canonical label), if any. */
  public Optional<Integer> entityIndex(String name) {
    String key = MatchKey.name(name);
    for (int i = 0; i < entities.size(); i++) {
      if (entities.get(i).keys().contains(key)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  public Optional<GoldEntity> entity(String name) {
    return entityIndex(name).map(entities::get);
  }

  /** True when the claimant is the article's author. */
  public boolean isAuthor(String claimant) {
    return author.isPresent() && entityIndex(claimant).equals(entityIndex(author.get()));
  }

  /**
   * Reads a gold file.
   *
   * @throws GoldFormatException when the file cannot be read, is not JSON, or breaks the format; the message names the
   *     file, the line or JSON path, and what is expected there
   */
  public static Gold read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new GoldFormatException(file + ": " + where + "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new GoldFormatException(file + ": cannot read the gold file: " + e, e);
    }
    try {
      return parse(new Node(root, "$"));
    } catch (IllegalArgumentException e) {
      throw new GoldFormatException(file + ": " + e.getMessage(), e);
    }
  }

  /** A publication date as precise as the page gives it: 2023-10-19, 2023-10 or 2023 (the XSD lexical forms). */
  private static Optional<Temporal> publicationDate(String text) {
    List<Function<String, Temporal>> parsers = List.of(LocalDate::parse, YearMonth::parse, Year::parse);
    for (Function<String, Temporal> parser : parsers) {
      try {
        return Optional.of(parser.apply(text));
      } catch (DateTimeParseException e) {
        // not this precision; try the next
      }
    }
    return Optional.empty();
  }

  private static Gold parse(Node root) {
    root.requireObject(TOP_FIELDS);
    Node doc = root.required("document");
    doc.requireObject(DOCUMENT_FIELDS);
    Optional<Temporal> date = doc.optionalText("date").map(d -> publicationDate(d)
        .orElseThrow(() -> new IllegalArgumentException(
            doc.path + ".date: '" + d + "' is not a date like 2023-10-19, a month like 2023-10 or a year like 2023")));
    List<GoldEntity> entities = root.required("entities").list(e -> {
      e.requireObject(ENTITY_FIELDS);
      return e.build(() -> new GoldEntity(
          e.requiredEnum("type", EntityType.class), e.textList("names"),
          e.optionalText("en"), e.optionalText("zh"), e.optionalText("note")));
    });
    List<GoldRelation> relations = root.optionalList("relations", r -> {
      r.requireObject(RELATION_FIELDS);
      return r.build(() -> new GoldRelation(
          r.requiredText("subject"), r.requiredEnum("predicate", RelationType.class),
          r.optionalText("object"), r.optionalText("literal"), r.optionalText("qualifier"),
          r.requiredText("evidence"), r.optionalText("note")));
    });
    List<GoldClaim> claims = root.optionalList("claims", c -> {
      c.requireObject(CLAIM_FIELDS);
      return c.build(() -> new GoldClaim(
          c.requiredText("text"), c.requiredText("claimant"), c.optionalTextList("claimantAliases"),
          c.requiredEnum("kind", ClaimKind.class), c.requiredEnum("stance", Stance.class),
          c.optionalText("cue"), c.optionalTextList("about"), c.optionalText("note")));
    });
    return new Gold(doc.optionalText("source"), doc.requiredText("title"), date, doc.optionalText("author"),
        doc.optionalText("language"), root.optionalTextList("groups"), entities, relations, claims);
  }

  /** A JSON node with its path, whose accessors fail with messages naming that path. */
  private record Node(JsonNode json, String path) {
    void requireObject(Set<String> allowed) {
      if (!json.isObject()) {
        throw new IllegalArgumentException(path + ": expected an object, found " + json.getNodeType());
      }
      for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
        String field = it.next();
        if (!allowed.contains(field)) {
          throw new IllegalArgumentException(path + "." + field + ": unknown field (allowed: "
              + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
      }
    }

    Node required(String field) {
      JsonNode child = json.get(field);
      if (child == null || child.isNull()) {
        throw new IllegalArgumentException(path + "." + field + ": missing");
      }
      return new Node(child, path + "." + field);
    }

    String requiredText(String field) {
      return optionalText(field).orElseThrow(() -> new IllegalArgumentException(path + "." + field + ": missing"));
    }

    Optional<String> optionalText(String field) {
      JsonNode child = json.get(field);
      if (child == null || child.isNull()) {
        return Optional.empty();
      }
      if (!child.isTextual()) {
        throw new IllegalArgumentException(path + "." + field + ": expected a string, found " + child.getNodeType());
      }
      return Optional.of(child.asText());
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
      String value = requiredText(field);
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + "." + field + ": '" + value + "' is not a value of " + type.getSimpleName()
            + " (one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
      }
    }

    List<String> textList(String field) {
      return required(field).list(n -> {
        if (!n.json.isTextual()) {
          throw new IllegalArgumentException(n.path + ": expected a string, found " + n.json.getNodeType());
        }
        return n.json.asText();
      });
    }

    List<String> optionalTextList(String field) {
      return json.hasNonNull(field) ? textList(field) : List.of();
    }

    <T> List<T> optionalList(String field, Function<Node, T> item) {
      return json.hasNonNull(field) ? required(field).list(item) : List.of();
    }

    <T> List<T> list(Function<Node, T> item) {
      if (!json.isArray()) {
        throw new IllegalArgumentException(path + ": expected an array, found " + json.getNodeType());
      }
      List<T> out = new ArrayList<>();
      for (int i = 0; i < json.size(); i++) {
        out.add(item.apply(new Node(json.get(i), path + "[" + i + "]")));
      }
      return out;
    }

    /** Runs a record constructor, prefixing its complaint with this node's path. */
    <T> T build(java.util.function.Supplier<T> constructor) {
      try {
        return constructor.get();
      } catch (IllegalArgumentException e) {
        String message = e.getMessage();
        throw new IllegalArgumentException(message.startsWith("$") ? message : path + "." + message, e);
      }
    }
  }
}
