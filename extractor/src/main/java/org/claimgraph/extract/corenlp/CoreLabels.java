package org.claimgraph.extract.corenlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.Token;

/** Rebuilds CoreNLP's token and graph objects from our records, so CoreNLP's matchers can run on them. */
final class CoreLabels {
  private CoreLabels() {}

  /** One label per token, with word, POS tag, the given NER tag, 1-based index and character offsets. */
  static List<CoreLabel> of(AnnotatedSentence sentence, List<String> nerTags) {
    List<Token> tokens = sentence.tokens();
    if (nerTags.size() != tokens.size()) {
      throw new IllegalArgumentException("Sentence " + sentence.index() + " has " + tokens.size() + " tokens but "
          + nerTags.size() + " NER tags were given");
    }
    List<CoreLabel> labels = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setTag(t.pos());
      l.setNER(nerTags.get(t.index()));
      l.setIndex(t.index() + 1);
      l.setSentIndex(sentence.index());
      l.setBeginPosition(t.span().begin());
      l.setEndPosition(t.span().end());
      labels.add(l);
    }
    return labels;
  }

  /** The sentence's dependency graph; edges name UD relations as our records spell them (nsubj, nmod:prep, ...). */
  static SemanticGraph graph(AnnotatedSentence sentence, List<String> nerTags) {
    List<CoreLabel> labels = of(sentence, nerTags);
    SemanticGraph graph = new SemanticGraph();
    List<IndexedWord> nodes = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      l.setDocID("s" + sentence.index());
      IndexedWord w = new IndexedWord(l);
      nodes.add(w);
      graph.addVertex(w);
    }
    List<IndexedWord> roots = new ArrayList<>();
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() >= nodes.size() || d.governor() >= nodes.size()) {
        throw new IllegalArgumentException("Sentence " + sentence.index() + ": dependency " + d + " points past its "
            + nodes.size() + " tokens");
      }
      if (d.governor() < 0) {
        roots.add(nodes.get(d.dependent()));
      } else {
        graph.addEdge(nodes.get(d.governor()), nodes.get(d.dependent()),
            GrammaticalRelation.valueOf(Language.UniversalChinese, d.relation()), 1.0, false);
      }
    }
    graph.setRoots(roots);
    return graph;
  }
}
