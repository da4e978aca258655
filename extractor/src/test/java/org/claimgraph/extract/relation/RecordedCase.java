package org.claimgraph.extract.relation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.AttributedQuote;
import org.claimgraph.extract.Byline;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.OffsetMap;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Span;

/**
 * One test case of a fixture file: a short text, the entities in it, what the rules must and must not find, and the
 * CoreNLP analysis of the text recorded once by {@link FixtureRecorder} (so tests never load the models).
 *
 * <p>Fixture files ({@code fixtures/relation/*.json}, {@code fixtures/claim/*.json}) hold {@code date} (the article
 * date relative dates resolve against) and {@code cases}; each case has {@code id}, {@code text} (one paragraph per
 * line; a line starting with 作者： is the byline; {@code titled}: true when the first line is the article's title;
 * {@code dateLine}: the number of the line, from 0, that is the page's date line; {@code undated}: true for an
 * article of unknown date), {@code entities} ({@code key}, {@code type}, {@code names}: every
 * occurrence of a name becomes a mention, except the occurrences listed in {@code missed}; 他/她/该公司 become
 * coreference mentions, as the entity resolver makes them), what to expect, and the recorded {@code sentences}.
 */
public record RecordedCase(String id, JsonNode spec, AnnotatedDocument document, List<Entity> entities) {
  public static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final Set<String> PRONOUNS = Set.of("他", "她", "该公司", "这家公司");
  private static final String BYLINE = "作者：";

  /** All cases of a fixture file on the test classpath, e.g. {@code /fixtures/relation/roles.json}. */
  public static List<RecordedCase> load(String resource) {
    JsonNode root;
    try (InputStream in = RecordedCase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the test classpath");
      }
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    LocalDate date = LocalDate.parse(root.path("date").asText("2023-10-19"));
    List<RecordedCase> cases = new ArrayList<>();
    for (JsonNode c : root.path("cases")) {
      String id = c.path("id").asText();
      if (!c.has("sentences") || !c.path("recordedText").asText().equals(c.path("text").asText())) {
        throw new IllegalStateException(resource + ": case " + id + " has no recording of its current text; run "
            + "FixtureRecorder (see its Javadoc)");
      }
      CleanDocument clean = clean(id, c.path("text").asText(), date, c);
      List<AnnotatedSentence> sentences = new ArrayList<>();
      for (JsonNode s : c.path("sentences")) {
        sentences.add(JSON.convertValue(s, AnnotatedSentence.class));
      }
      List<AttributedQuote> quotes = new ArrayList<>();
      for (JsonNode q : c.path("quotes")) {
        quotes.add(JSON.convertValue(q, AttributedQuote.class));
      }
      AnnotatedDocument doc = new AnnotatedDocument(clean, sentences, List.of(), quotes, "recorded");
      cases.add(new RecordedCase(id, c, doc, entities(doc, c.path("entities"))));
    }
    return cases;
  }

  /** The cleaned document of a case: one paragraph per line, a 作者： line as the byline. */
  public static CleanDocument clean(String id, String text, LocalDate date, JsonNode spec) {
    List<Paragraph> paragraphs = new ArrayList<>();
    Optional<Byline> byline = Optional.empty();
    int at = 0;
    int lineNumber = 0;
    for (String line : text.split("\n", -1)) {
      Span span = new Span(at, at + line.length());
      if (!line.isBlank()) {
        boolean isByline = line.startsWith(BYLINE);
        boolean isTitle = at == 0 && spec.path("titled").asBoolean(false);
        boolean isDateLine = spec.path("dateLine").asInt(-1) == lineNumber;
        paragraphs.add(new Paragraph(isByline ? Paragraph.Role.BYLINE : isTitle ? Paragraph.Role.TITLE
            : isDateLine ? Paragraph.Role.DATE : Paragraph.Role.BODY, span));
        if (isByline && spec.has("author")) {
          String author = spec.path("author").asText();
          int a = text.indexOf(author, at);
          byline = Optional.of(new Byline(author, new Span(a, a + author.length()), Optional.empty()));
        }
      }
      at += line.length() + 1;
      lineNumber++;
    }
    int[] identity = new int[text.length()];
    for (int i = 0; i < identity.length; i++) {
      identity[i] = i;
    }
    RawDocument raw = new RawDocument("fixture/" + id, text, "0".repeat(64), "UTF-8");
    // "undated": true stands for an article whose date is unknown (relative dates then resolve against nothing)
    Optional<LocalDate> articleDate = spec.path("undated").asBoolean(false) ? Optional.empty() : Optional.of(date);
    return new CleanDocument(id.replaceAll("[^A-Za-z0-9._-]", "-"), raw, "", articleDate, byline, text,
        paragraphs, new OffsetMap(identity, text.length()), List.of(), List.of());
  }

  private static List<Entity> entities(AnnotatedDocument doc, JsonNode specs) {
    String text = doc.text();
    record Name(String name, int entity) {}
    // Occurrences (counted from 0 over the text) of an entity's names that the entity resolver is taken to have
    // missed: the test then sees the name without a mention there.
    List<Set<Integer>> missed = new ArrayList<>();
    specs.forEach(spec -> {
      Set<Integer> m = new HashSet<>();
      spec.path("missed").forEach(n -> m.add(n.asInt()));
      missed.add(m);
    });
    List<Name> names = new ArrayList<>();
    List<JsonNode> list = new ArrayList<>();
    specs.forEach(list::add);
    for (int e = 0; e < list.size(); e++) {
      for (JsonNode n : list.get(e).path("names")) {
        names.add(new Name(n.asText(), e));
      }
    }
    names.sort(Comparator.comparing((Name n) -> n.name().length()).reversed());
    List<List<Mention>> mentions = new ArrayList<>();
    list.forEach(x -> mentions.add(new ArrayList<>()));
    List<Span> taken = new ArrayList<>();
    for (Name n : names) {
      EntityType type = EntityType.valueOf(list.get(n.entity()).path("type").asText());
      int occurrence = 0;
      for (int i = text.indexOf(n.name()); i >= 0; i = text.indexOf(n.name(), i + 1)) {
        Span span = new Span(i, i + n.name().length());
        if (taken.stream().anyMatch(t -> t.overlaps(span))) {
          continue;
        }
        taken.add(span);
        if (missed.get(n.entity()).contains(occurrence++)) {
          continue;
        }
        Mention.Source source = PRONOUNS.contains(n.name()) ? Mention.Source.COREFERENCE
            : doc.document().byline().map(b -> b.authorSpan().equals(span)).orElse(false) ? Mention.Source.BYLINE
            : Mention.Source.LEXICON;
        mentions.get(n.entity()).add(new Mention(span, n.name(), type, doc.sentenceAt(i), source));
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (int e = 0; e < list.size(); e++) {
      JsonNode spec = list.get(e);
      String first = spec.path("names").get(0).asText();
      TreeMap<String, String> labels = new TreeMap<>();
      labels.put(first.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
          ? "zh" : "en", first);
      // The other names, as the lexicon gives an entity its names in other languages (a place's Chinese name tells
      // the gazetteer a city from a country)
      TreeSet<String> aliases = new TreeSet<>();
      spec.path("names").forEach(n -> aliases.add(n.asText()));
      aliases.remove(first);
      List<Mention> ms = mentions.get(e);
      ms.sort(Comparator.comparing(Mention::span));
      entities.add(new Entity(spec.path("key").asText(), EntityType.valueOf(spec.path("type").asText()), labels,
          aliases, Optional.empty(), ms));
    }
    return entities;
  }

  /** Strings of a list-valued field of the case spec. */
  public List<String> strings(String field) {
    List<String> out = new ArrayList<>();
    spec.path(field).forEach(n -> out.add(n.asText()));
    return out;
  }

  public JsonNode field(String name) {
    return spec.path(name);
  }

  @Override
  public String toString() {
    return id;
  }

  /** For the recorder: the case objects of a fixture file as mutable JSON. */
  static ArrayNode casesOf(JsonNode root) {
    return (ArrayNode) root.path("cases");
  }
}
