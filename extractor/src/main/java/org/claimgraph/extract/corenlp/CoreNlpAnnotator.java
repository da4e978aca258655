package org.claimgraph.extract.corenlp;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.Pair;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.AttributedQuote;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.KbpTriple;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only place CoreNLP runs. Builds its pipeline lazily, once, on first use (loading the Chinese models takes
 * 40-90 s and about 4 GB of heap), and turns CoreNLP's output into our records at once.
 */
public final class CoreNlpAnnotator implements Annotator {
  private static final Logger LOG = LoggerFactory.getLogger("claimgraph.annotate");

  private final PipelineSettings settings;
  private final SentenceCap sentenceCap;
  private final SharedPipelineGate gate = new SharedPipelineGate();
  private volatile StanfordCoreNLP pipeline;
  private long loadMillis = -1;

  public CoreNlpAnnotator(PipelineSettings settings) {
    this.settings = settings;
    this.sentenceCap = new SentenceCap(settings.maxSentenceChars());
  }

  @Override
  public String signature() {
    return settings.signature();
  }

  @Override
  public Map<String, Set<AnnotationLayer>> provides() {
    return Map.of(settings.language(), settings.layers());
  }

  public PipelineSettings settings() {
    return settings;
  }

  /** How long building the pipeline took, or -1 if it has not been built. */
  public long loadMillis() {
    return loadMillis;
  }

  /** Builds the pipeline now (otherwise the first {@link #annotate} does). */
  public synchronized void load() {
    if (pipeline != null) {
      return;
    }
    long start = System.nanoTime();
    LOG.info("Loading the CoreNLP {} pipeline ({}); this takes up to a minute", settings.language(),
        settings.annotators());
    try {
      Properties defaults = settings.language().equals(Languages.CHINESE) ? chineseDefaults() : new Properties();
      pipeline = new StanfordCoreNLP(settings.toProperties(defaults));
    } catch (OutOfMemoryError e) {
      throw new IllegalStateException("Out of memory while loading the CoreNLP models: give the JVM more heap "
          + "(-Xmx6g; set CLAIMGRAPH_HEAP=6g for ./claimgraph)", e);
    }
    loadMillis = (System.nanoTime() - start) / 1_000_000;
    LOG.info("CoreNLP pipeline loaded in {} s", loadMillis / 1000.0);
  }

  private static Properties chineseDefaults() {
    Properties p = new Properties();
    try (InputStream in = StanfordCoreNLP.class.getClassLoader().getResourceAsStream(PipelineSettings.CHINESE_DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(PipelineSettings.CHINESE_DEFAULTS + " is not on the classpath: add "
            + "edu.stanford.nlp:stanford-corenlp:4.5.10:models-chinese to the dependencies");
      }
      // UTF-8, not Properties' default Latin-1: the sentence-boundary regex holds 。！？
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @Override
  public AnnotatedDocument annotate(CleanDocument document) {
    load();
    List<AnnotatedSentence> sentences = new ArrayList<>();
    List<KbpTriple> kbp = new ArrayList<>();
    List<AttributedQuote> quotes = new ArrayList<>();
    // One CoreDocument per paragraph: a sentence never crosses a paragraph (titles and bylines have no final
    // punctuation, and a quote that lost its closing mark must not run on into the next paragraph). A paragraph
    // holding a run-on sentence longer than the cap goes in pieces (SentenceCap), so CoreNLP never stalls on it.
    for (Paragraph paragraph : document.paragraphs()) {
      String text = paragraph.span().of(document.text());
      List<Span> pieces = sentenceCap.pieces(text);
      if (pieces.size() > 1) {
        LOG.warn("{}: the paragraph at {} holds a sentence longer than {} characters; it is annotated in {} pieces, "
            + "cut at clause punctuation (or, where there is none, hard)", document.raw().source(),
            paragraph.span(), sentenceCap.maxChars(), pieces.size());
      }
      for (Span piece : pieces) {
        annotatePiece(document, piece.of(text), paragraph.span().begin() + piece.begin(), sentences, kbp, quotes);
      }
    }
    return new AnnotatedDocument(document, sentences, kbp, quotes, signature());
  }

  private static AttributedQuote toQuote(CoreQuote q, int shift) {
    Object sieve = q.coreMap().get(QuoteAttributionAnnotator.MentionSieveAnnotation.class);
    return new AttributedQuote(spanOf(q.quoteCharOffsets(), shift),
        q.speakerCharOffsets().map(o -> spanOf(o, shift)).orElse(null),
        q.canonicalSpeakerCharOffsets().map(o -> spanOf(o, shift)).orElse(null),
        sieve == null ? "" : sieve.toString());
  }

  private static Span spanOf(Pair<Integer, Integer> offsets, int shift) {
    return new Span(shift + offsets.first(), shift + offsets.second());
  }

  private void annotatePiece(CleanDocument document, String text, int shift, List<AnnotatedSentence> sentences,
      List<KbpTriple> kbp, List<AttributedQuote> quotes) {
    Span where = new Span(shift, shift + text.length());
    CoreDocument doc;
    try {
      SharedPipelineGate.Outcome<CoreDocument> outcome = gate.run(() -> {
        CoreDocument fresh = new CoreDocument(text); // a failed call may leave a document half annotated
        pipeline.annotate(fresh);
        return fresh;
      });
      if (outcome.retried()) {
        LOG.warn("{}: CoreNLP failed on the text at {} while other documents were annotated ({}); it succeeded when "
            + "run again alone", document.raw().source(), where, outcome.firstFailure().toString());
      }
      doc = outcome.value();
    } catch (RuntimeException e) {
      throw new ExtractionException(document.raw().source(),
          "CoreNLP failed on the text at " + where + ", also when run again alone: " + e, e);
    }
    for (CoreSentence sentence : doc.sentences()) {
      int index = sentences.size();
      sentences.add(toSentence(index, sentence, shift));
      if (settings.has("kbp") && sentence.relations() != null) {
        for (RelationTriple t : sentence.relations()) {
          kbp.add(new KbpTriple(index, spanOf(t.subject, shift), t.relationGloss(), spanOf(t.object, shift),
              t.confidence));
        }
      }
    }
    if (settings.has("quote") && doc.quotes() != null) {
      for (CoreQuote q : doc.quotes()) {
        quotes.add(toQuote(q, shift));
      }
    }
  }

  private AnnotatedSentence toSentence(int index, CoreSentence sentence, int shift) {
    List<CoreLabel> labels = sentence.tokens();
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      tokens.add(new Token(i, l.word(), new Span(shift + l.beginPosition(), shift + l.endPosition()),
          l.tag() == null ? "" : l.tag(), l.ner() == null ? "O" : l.ner()));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = settings.has("depparse") ? sentence.dependencyParse() : null;
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency("root", -1, root.index() - 1));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
      }
    }
    List<NerMention> mentions = new ArrayList<>();
    if (sentence.entityMentions() != null) {
      for (CoreEntityMention m : sentence.entityMentions()) {
        var offsets = m.charOffsets();
        mentions.add(new NerMention(new Span(shift + offsets.first(), shift + offsets.second()), m.text(), m.entityType()));
      }
    }
    Span span = new Span(shift + labels.get(0).beginPosition(), shift + labels.get(labels.size() - 1).endPosition());
    return new AnnotatedSentence(index, span, tokens, deps, mentions);
  }

  private static Span spanOf(List<CoreLabel> tokens, int shift) {
    return new Span(shift + tokens.get(0).beginPosition(), shift + tokens.get(tokens.size() - 1).endPosition());
  }
}
