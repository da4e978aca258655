package org.claimgraph.extract.rdf;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Stance;
import org.claimgraph.extract.entity.EntityKeys;
import org.claimgraph.ontology.CG;
import org.claimgraph.ontology.ITSRDF;
import org.claimgraph.ontology.NIF;
import org.claimgraph.ontology.PROV;

/**
 * Stage 4: an {@link Extraction} as quads in the document's named graph (docs/rdf-model.md). Deterministic: the same
 * extraction gives the same quads in the same order.
 */
public final class RdfMapper {
  private static final Map<EntityType, Resource> CLASSES = Map.ofEntries(
      Map.entry(EntityType.PERSON, CG.Person),
      Map.entry(EntityType.ORGANIZATION, CG.Organization),
      Map.entry(EntityType.COMPANY, CG.Company),
      Map.entry(EntityType.RESEARCH_ORGANIZATION, CG.ResearchOrganization),
      Map.entry(EntityType.MEDIA_ORGANIZATION, CG.MediaOrganization),
      Map.entry(EntityType.AI_MODEL, CG.AIModel),
      Map.entry(EntityType.PRODUCT, CG.Product),
      Map.entry(EntityType.EVENT, CG.Event),
      Map.entry(EntityType.PLACE, CG.Place),
      Map.entry(EntityType.WORK, CG.Work),
      Map.entry(EntityType.TOPIC, CG.Topic));
  private static final Map<RelationType, Property> PROPERTIES = Map.ofEntries(
      Map.entry(RelationType.DEVELOPER, CG.developer),
      Map.entry(RelationType.FOUNDER, CG.founder),
      Map.entry(RelationType.FOUNDING_YEAR, CG.foundingYear),
      Map.entry(RelationType.CEO, CG.ceo),
      Map.entry(RelationType.CHIEF_SCIENTIST, CG.chiefScientist),
      Map.entry(RelationType.WORKS_FOR, CG.worksFor),
      Map.entry(RelationType.RELEASE_DATE, CG.releaseDate),
      Map.entry(RelationType.PARAMETER_COUNT, CG.parameterCount),
      Map.entry(RelationType.OPENNESS, CG.openness),
      Map.entry(RelationType.HOSTED_BY, CG.hostedBy),
      Map.entry(RelationType.CUSTOMER_OF, CG.customerOf),
      Map.entry(RelationType.PART_OF, CG.partOf),
      Map.entry(RelationType.AUTHOR_OF, CG.authorOf),
      Map.entry(RelationType.LOCATED_IN, CG.locatedIn),
      Map.entry(RelationType.EVALUATED_ON, CG.evaluatedOn),
      Map.entry(RelationType.SPEAKER_AT, CG.speakerAt),
      Map.entry(RelationType.ORGANIZER, CG.organizer),
      Map.entry(RelationType.ATTENDEE, CG.attendee),
      Map.entry(RelationType.LOCATION, CG.location),
      Map.entry(RelationType.START_DATE, CG.startDate),
      Map.entry(RelationType.ATTENDANCE, CG.attendance));
  private static final Map<ClaimKind, Resource> KINDS = Map.of(
      ClaimKind.DIRECT_QUOTE, CG.DirectQuote,
      ClaimKind.REPORTED_SPEECH, CG.ReportedSpeech,
      ClaimKind.AUTHOR_ASSERTION, CG.AuthorAssertion,
      ClaimKind.ESTIMATE, CG.Estimate,
      ClaimKind.PREDICTION, CG.Prediction);
  private static final Map<Stance, Resource> STANCES = Map.of(
      Stance.PRO_OPEN, CG.ProOpen,
      Stance.PRO_PROPRIETARY, CG.ProProprietary,
      Stance.BALANCED, CG.Balanced,
      Stance.NEUTRAL, CG.Neutral);
  private static final Map<String, String> LEXVO = Map.of(
      Languages.CHINESE, "http://lexvo.org/id/iso639-3/zho",
      Languages.ENGLISH, "http://lexvo.org/id/iso639-3/eng");
  private static final String WIKIDATA = "http://www.wikidata.org/entity/";

  private final IriMinter iris;

  public RdfMapper(IriMinter iris) {
    this.iris = iris;
  }

  public IriMinter iris() {
    return iris;
  }

  /** The named graph a document's quads go into. */
  public Node graphOf(CleanDocument doc) {
    return uri(iris.graph(doc.id()));
  }

  public void map(Extraction x, StreamRDF out) {
    new Writer(x, out).write();
  }

  private final class Writer {
    private final Extraction x;
    private final StreamRDF out;
    private final CleanDocument doc;
    private final Node graph;
    private final Node context;

    Writer(Extraction x, StreamRDF out) {
      this.x = x;
      this.out = out;
      this.doc = x.document();
      this.graph = graphOf(doc);
      this.context = uri(iris.context(doc.id()));
    }

    void write() {
      article();
      sentences();
      for (Entity e : x.entities()) {
        entity(e);
      }
      for (Relation r : x.relations()) {
        relation(r);
      }
      for (Claim c : x.claims()) {
        claim(c);
      }
    }

    /** The entity of the byline mention at {@code span}. */
    private Optional<String> bylineEntity(Span span) {
      return x.entities().stream()
          .filter(e -> e.mentions().stream()
              .anyMatch(m -> m.source() == Mention.Source.BYLINE && m.span().equals(span)))
          .map(Entity::key).findFirst();
    }

    private void article() {
      Node article = uri(iris.document(doc.id()));
      emit(article, RDF.type, CG.Article);
      emit(article, CG.title, text(doc.title()));
      doc.date().ifPresent(d -> emit(article, CG.datePublished, typed(d.toString(), XSDDatatype.XSDdate)));
      doc.byline().ifPresent(b -> {
        // The byline's authors are always entities: the resolver sees their byline mentions.
        emit(article, CG.author, uri(iris.entity(bylineEntity(b.authorSpan()).orElse(EntityKeys.keyFor(b.author())))));
        b.coAuthorSpans().forEach(s -> bylineEntity(s)
            .ifPresent(key -> emit(article, CG.author, uri(iris.entity(key)))));
      });
      emit(article, CG.sourceFile, NodeFactory.createLiteralString(doc.raw().source()));
      emit(article, CG.contentHash, NodeFactory.createLiteralString(doc.raw().sha256()));
      emit(article, CG.context, context);
      Set<String> mentioned = new LinkedHashSet<>();
      x.entities().forEach(e -> mentioned.add(e.key()));
      for (String key : mentioned) {
        emit(article, CG.mentions, uri(iris.entity(key)));
      }
      emit(context, RDF.type, NIF.Context);
      emit(context, NIF.isString, NodeFactory.createLiteralString(doc.text()));
      emit(context, NIF.beginIndex, integer(0));
      emit(context, NIF.endIndex, integer(codePoints(doc.text(), doc.text().length())));
      emit(context, NIF.predLang, uri(LEXVO.get(Languages.detect(doc.text()))));
    }

    private void sentences() {
      for (AnnotatedSentence s : x.annotated().sentences()) {
        Node node = uri(iris.sentence(doc.id(), s.index()));
        emit(node, RDF.type, NIF.Sentence);
        emit(node, NIF.referenceContext, context);
        offsets(node, s.span());
        emit(node, NIF.anchorOf, NodeFactory.createLiteralString(s.span().of(doc.text())));
      }
    }

    private void entity(Entity e) {
      Node node = uri(iris.entity(e.key()));
      emit(node, RDF.type, CLASSES.get(e.type()));
      e.labels().forEach((lang, label) -> emit(node, RDFS.label, NodeFactory.createLiteralLang(label, lang)));
      for (String alias : e.aliases()) {
        emit(node, SKOS.altLabel, text(alias));
      }
      e.wikidata().ifPresent(q -> emit(node, OWL.sameAs, uri(WIKIDATA + q)));
      for (Mention m : e.mentions()) {
        Node mention = uri(iris.mention(doc.id(), m.span()));
        emit(mention, RDF.type, NIF.Phrase);
        emit(mention, NIF.referenceContext, context);
        offsets(mention, m.span());
        emit(mention, NIF.anchorOf, NodeFactory.createLiteralString(m.text()));
        Span raw = doc.offsets().toRaw(m.span());
        emit(mention, CG.rawBeginIndex, integer(codePoints(doc.raw().text(), raw.begin())));
        emit(mention, CG.rawEndIndex, integer(codePoints(doc.raw().text(), raw.end())));
        if (m.sentence() >= 0) {
          emit(mention, NIF.sentence, uri(iris.sentence(doc.id(), m.sentence())));
        }
        emit(mention, ITSRDF.taIdentRef, node);
        emit(mention, CG.mentionSource, NodeFactory.createLiteralString(m.source().name()));
      }
    }

    private void relation(Relation r) {
      Node subject = uri(iris.entity(r.subject()));
      Property predicate = PROPERTIES.get(r.predicate());
      Node object = objectNode(r.object());
      emit(subject, predicate, object);
      Node statement = uri(iris.statement(doc.id(), r.subject(), r.predicate().name(), object.toString(),
          String.valueOf(r.sentence()), r.rule()));
      emit(statement, RDF.type, RDF.Statement);
      emit(statement, RDF.subject, subject);
      emit(statement, RDF.predicate, predicate.asNode());
      emit(statement, RDF.object, object);
      emit(statement, PROV.wasDerivedFrom, uri(iris.sentence(doc.id(), r.sentence())));
      emit(statement, CG.rule, uri(iris.rule(r.rule())));
      emit(statement, CG.confidence, decimal(r.confidence()));
      emit(statement, CG.evidenceText, NodeFactory.createLiteralString(r.evidence().of(doc.text())));
      emit(uri(iris.rule(r.rule())), RDF.type, CG.ExtractionRule);
      emit(uri(iris.rule(r.rule())), RDFS.label, NodeFactory.createLiteralString(r.rule()));
      r.qualifier().ifPresent(title -> {
        if (r.object() instanceof Relation.EntityValue org) {
          Node role = uri(iris.role(doc.id(), r.subject(), org.key(), title));
          emit(subject, CG.holdsRole, role);
          emit(role, RDF.type, CG.Role);
          emit(role, CG.roleAt, uri(iris.entity(org.key())));
          emit(role, CG.jobTitle, text(title));
        }
      });
    }

    private void claim(Claim c) {
      Node node = uri(iris.claim(doc.id(), c.span()));
      emit(node, RDF.type, CG.Claim);
      emit(node, CG.text, text(c.text()));
      c.claimant().entityKey().ifPresentOrElse(
          key -> emit(node, CG.claimant, uri(iris.entity(key))),
          () -> emit(node, CG.claimantDescription, text(c.claimant().description())));
      emit(node, CG.claimKind, KINDS.get(c.kind()));
      emit(node, CG.stance, STANCES.get(c.stance()));
      c.stanceCue().ifPresent(cue -> emit(node, CG.stanceCue, NodeFactory.createLiteralString(cue)));
      for (String key : c.about()) {
        emit(node, CG.about, uri(iris.entity(key)));
      }
      emit(node, NIF.referenceContext, context);
      offsets(node, c.span());
      emit(node, PROV.wasDerivedFrom, uri(iris.sentence(doc.id(), c.sentence())));
      emit(node, CG.rule, uri(iris.rule(c.rule())));
      emit(node, CG.confidence, decimal(c.confidence()));
      emit(uri(iris.rule(c.rule())), RDF.type, CG.ExtractionRule);
      emit(uri(iris.rule(c.rule())), RDFS.label, NodeFactory.createLiteralString(c.rule()));
    }

    /** NIF and SPARQL count offsets in code points; Java strings in UTF-16 units. */
    private void offsets(Node node, Span span) {
      emit(node, NIF.beginIndex, integer(codePoints(doc.text(), span.begin())));
      emit(node, NIF.endIndex, integer(codePoints(doc.text(), span.end())));
    }

    private void emit(Node s, Property p, Node o) {
      out.quad(Quad.create(graph, s, p.asNode(), o));
    }

    private void emit(Node s, Property p, Resource o) {
      emit(s, p, o.asNode());
    }
  }

  private Node objectNode(Relation.Value value) {
    if (value instanceof Relation.EntityValue v) {
      return uri(iris.entity(v.key()));
    }
    if (value instanceof Relation.LiteralValue v) {
      return NodeFactory.createLiteralDT(v.lexical(), TypeMapper.getInstance().getSafeTypeByName(v.datatype()));
    }
    return uri(CG.NS + ((Relation.NamedValue) value).localName());
  }

  private static int codePoints(String text, int utf16Offset) {
    return text.codePointCount(0, utf16Offset);
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  /** A name or text, tagged @zh when it has a Chinese character, else @en. */
  private static Node text(String s) {
    return NodeFactory.createLiteralLang(s, EntityKeys.languageOf(s));
  }

  private static Node typed(String lexical, XSDDatatype type) {
    return NodeFactory.createLiteralDT(lexical, type);
  }

  private static Node integer(int i) {
    return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
  }

  private static Node decimal(double d) {
    return NodeFactory.createLiteralDT(new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString(),
        XSDDatatype.XSDdecimal);
  }
}
