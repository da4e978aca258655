package org.claimgraph.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.extract.eval.CorpusReport;
import org.claimgraph.extract.eval.CorpusReport.Metric;
import org.claimgraph.extract.eval.EvaluationReport;
import org.claimgraph.extract.eval.Evaluator;
import org.claimgraph.extract.eval.Gold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Quality floors on the development corpus, articles the rules were not first written for: macro averages over the
 * development part (the only part tuned on) and over the held-out test part, as measured when the floors were set
 * (docs/evaluation.md). A change that scores lower fails the build. Raise them as the rules improve.
 */
class CorpusEvaluationIT {
  private static final Path RESOURCES = Path.of("src", "test", "resources");

  /**
   * Floors for the development part, by metric. Round 8 added four documents (18–21) to the part, annotated before any
   * rule was written for them, and set the floors on all sixteen: the new ones score lower on entity precision,
   * relation recall, relation precision (0.9297 on the sixteen) and claim precision than the twelve, which all rose.
   * Round 10 raised relation precision to 0.932. Round 11 raised entity recall (0.920 → 0.929), relation recall
   * (0.748 → 0.837) and precision (0.932 → 0.948): bill sponsors, committees, agency heads and the lists they keep.
   * Round 13 raised entity recall (0.929 → 0.932), relation recall (0.837 → 0.860) and precision (0.948 → 0.961):
   * places after a known place, and sentences whose subject Chinese leaves out. Round 14 raised relation recall
   * (0.860 → 0.862), past its floor's next hundredth. Round 24 raised entity F1 (0.939 → 0.941; precision 0.946 →
   * 0.949): a title-case headline's style words no longer make an organization's name. Round 26 lowered the claimant
   * and claim recall floors a hundredth each (0.934 → 0.928, 0.953 → 0.947): "High-Flyer announced the launch of …"
   * (13) was kept as a claim by a rule shaped on that sentence; the general one that replaced it reads an English
   * object with no finite verb as no statement (guidelines 8.3), as the eight read sets' annotators all did.
   */
  private static final Map<Metric, Double> DEV_FLOORS = floors(
      0.93, 0.94, 0.94, 0.86, 0.96, 0.92, 0.94, 0.92);
  /**
   * Floors for the held-out test part, by metric, set as the part came out and without reading why it moved. Round 4
   * lowered the claimant (0.33 → 0.28) and claim recall (0.70 → 0.69), one claim in each of two articles. Round 5
   * raised claim recall (0.69 → 0.72) and lowered entity precision (0.88 → 0.87) and F1 (0.83 → 0.82): one more
   * spurious entity in one article, from general entity rules that raised the development part's precision. Finding
   * which rule would mean reading that article, which would make it development data. Round 6 added one more
   * spurious entity to the English roundtable (precision 0.879 → 0.876, F1 0.830 → 0.828); the floors still hold.
   * Round 7 read Traditional characters as Simplified ones, which the mixed-script Wikipedia article needed: its
   * entity recall, claimant and claim recall rose, and one more relation outside the gold lowered the part's relation
   * precision (0.681 → 0.676, floor 0.68 → 0.67); found from the per-document rows only. Round 8 raised every floor
   * that passed a hundredth (entity recall rose from 0.803 to 0.8099, so its floor stays at 0.80). Round 9 raised
   * entity recall to 0.814 (the English roundtable's entities). Round 10 raised entity recall (0.814 → 0.864), F1
   * (0.845 → 0.869), relation recall (0.351 → 0.369) and precision (0.723 → 0.7298), the claimant (0.326 → 0.344) and
   * claim recall (0.744 → 0.762), and lowered entity precision (0.882 → 0.875, floor 0.88 → 0.87): reading any title
   * in 《》 as a work and the larger organization lexicon find more names, a few of them not in the gold. This floor
   * caught a lexicon row costing one article all its relations; the row was taken out (docs/evaluation.md, round 10).
   * Round 11 raised entity recall (0.864 → 0.872), relation recall (0.369 → 0.408) and precision (0.730 → 0.764).
   * Round 12 raised entity precision (0.875 → 0.882), relation recall (0.408 → 0.445) and precision (0.764 → 0.814).
   * Round 13 raised entity recall (0.872 → 0.876), relation recall (0.445 → 0.453) and precision (0.814 → 0.820). This
   * floor again caught a lexicon row costing one article a parent body and its relation: a unit the lexicon knew
   * without its country had swallowed the parent named with it; the entity stage now keeps both (docs/evaluation.md).
   * Round 14 raised entity recall (0.876 → 0.883) and F1 (0.879 → 0.883), in one article. Round 19 raised relation
   * recall (0.453 → 0.461) and precision (0.820 → 0.825), in one article (an infobox's first-release line). Round 32
   * raised entity recall (0.883 → 0.887), precision (0.884 → 0.888) and F1 (0.883 → 0.887), in one article; no
   * floor passes the next hundredth. Round 34 raised entity recall (0.887 → 0.890, floor 0.88 → 0.89), in the English
   * roundtable, found from the per-document rows only.
   */
  private static final Map<Metric, Double> TEST_FLOORS = floors(
      0.89, 0.88, 0.88, 0.46, 0.82, 0.34, 0.76, 0.99);

  private static CorpusReport dev;
  private static CorpusReport test;

  @BeforeAll
  static void score() throws IOException {
    dev = score("dev");
    test = score("test");
    System.out.println(dev.toText());
    System.out.println(test.toText());
  }

  private static CorpusReport score(String part) throws IOException {
    List<EvaluationReport> reports = new ArrayList<>();
    try (Stream<Path> files = Files.list(RESOURCES.resolve("articles").resolve(part))) {
      for (Path article : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Path gold = RESOURCES.resolve("gold").resolve(part)
            .resolve(article.getFileName().toString().replaceAll("\\.txt$", ".gold.json"));
        reports.add(Evaluator.evaluate(EssayPipeline.extractor().extract(TextDecoder.standard().decode(article)),
            Gold.read(gold)));
      }
    }
    return new CorpusReport(part, reports);
  }

  @ParameterizedTest(name = "dev {0}")
  @EnumSource(Metric.class)
  void developmentPartHoldsItsFloors(Metric metric) {
    assertThat(dev.macro(metric)).as(metric.description()).isGreaterThanOrEqualTo(DEV_FLOORS.get(metric));
  }

  @ParameterizedTest(name = "test {0}")
  @EnumSource(Metric.class)
  void testPartHoldsItsFloors(Metric metric) {
    assertThat(test.macro(metric)).as(metric.description()).isGreaterThanOrEqualTo(TEST_FLOORS.get(metric));
  }

  /** Floors in the order of {@link Metric}'s constants. */
  private static Map<Metric, Double> floors(double... values) {
    Metric[] metrics = Metric.values();
    if (values.length != metrics.length) {
      throw new IllegalArgumentException("Give one floor per metric: " + metrics.length);
    }
    Map<Metric, Double> floors = new EnumMap<>(Metric.class);
    for (int i = 0; i < metrics.length; i++) {
      floors.put(metrics[i], values[i]);
    }
    return floors;
  }
}
