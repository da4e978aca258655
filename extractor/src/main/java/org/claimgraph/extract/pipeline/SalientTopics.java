package org.claimgraph.extract.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;

/**
 * Topics an article is about, apart from domain words it uses in passing. The annotation guidelines (§3.3) count as a
 * topic what the title names, what claims are about and what the article weighs; a word said once on the way to
 * something else (API, GPU, 云计算) is not one. So a topic the lexicon found stays when the title names it, a claim is
 * about it, the article names it more than once, or it is one of the debates AI-industry writing is about (the
 * guidelines' own examples: generative AI, open models against proprietary ones, AGI, AI safety…), which an article
 * raises even in one sentence. The means AI work is done with ({@link #MEANS}) are not topics for being named often.
 */
final class SalientTopics {
  /** Topic keys (lexicon/topics.tsv) of the debates themselves, kept wherever they are named. */
  static final Set<String> DEBATES = Set.of("artificial-intelligence", "generative-ai", "aigc", "large-language-model",
      "foundation-model", "open-source-model", "proprietary-model", "open-weight-model", "open-source",
      "artificial-general-intelligence", "superintelligence", "ai-safety", "ai-alignment", "ai-ethics",
      "ai-governance", "ai-regulation", "model-as-a-service", "existential-risk");
  /**
   * Topic keys of the means AI work is done with (chips, computing power, data centres, methods, the channels it
   * spreads by), which the guidelines' own examples of words in passing are (云计算, 微调, API): however often an
   * article names one, it is a topic only when the title names it or a claim is about it.
   */
  static final Set<String> MEANS = Set.of("semiconductor", "gpu", "ai-server", "computing-power",
      "data-center", "cloud-computing", "api", "deep-learning", "machine-learning", "neural-network", "fine-tuning",
      "pre-training", "training-data", "benchmark", "social-media");
  /** How often a topic must be named to count without a title, a claim or a debate behind it. */
  static final int MIN_MENTIONS = 2;

  private SalientTopics() {}

  /** {@code found} without the topics named only in passing, and without the relations that name them. */
  static Extraction keep(Extraction found) {
    String title = found.document().title();
    Set<String> argued = new HashSet<>();
    found.claims().forEach(c -> argued.addAll(c.about()));
    Set<String> passing = new HashSet<>();
    for (Entity e : found.entities()) {
      if (e.type() == EntityType.TOPIC && !DEBATES.contains(e.key()) && !argued.contains(e.key())
          && (MEANS.contains(e.key()) || namedTimes(e) < MIN_MENTIONS)
          && e.names().stream().noneMatch(n -> !n.isBlank() && title.contains(n))) {
        passing.add(e.key());
      }
    }
    if (passing.isEmpty()) {
      return found;
    }
    List<Entity> entities = found.entities().stream().filter(e -> !passing.contains(e.key())).toList();
    List<Relation> relations = found.relations().stream().filter(r -> !passing.contains(r.subject())
        && !(r.object() instanceof Relation.EntityValue v && passing.contains(v.key()))).toList();
    return new Extraction(found.annotated(), entities, relations, found.claims());
  }

  private static long namedTimes(Entity topic) {
    return topic.mentions().stream().filter(m -> m.source() != Mention.Source.COREFERENCE).count();
  }
}
