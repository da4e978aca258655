package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.eval.Baseline;
import org.claimgraph.extract.eval.Comparison;
import org.claimgraph.extract.eval.CorpusReport;
import org.claimgraph.extract.eval.EvaluationReport;
import org.claimgraph.extract.eval.Evaluator;
import org.claimgraph.extract.eval.Gold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph eval}: precision, recall and F1 against a gold standard, beside CoreNLP alone. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score an extraction against a gold standard: entities by type, relations by predicate, claims "
        + "(span found, claimant, kind, stance); beside the same scores for CoreNLP alone (its NER and Chinese KBP, "
        + "none of our rules).",
        "With no arguments, scores the bundled essay against its gold file. With --split or --corpus, scores every"
            + " article of a folder against its gold file and prints per-document scores and macro averages."},
    footer = {"", "Examples:", "  ./claimgraph eval", "  ./claimgraph eval article.txt --gold article.gold.json --format markdown",
        "  ./claimgraph eval --split dev          (the development part of the bundled corpus)",
        "  ./claimgraph eval --corpus articles/ --gold gold/   (gold/NAME.gold.json for each articles/NAME.txt)",
        "", ExitCodes.HELP})
final class EvalCommand implements Callable<Integer> {
  static final Path TEST_RESOURCES = Path.of("extractor", "src", "test", "resources");
  static final Path BUNDLED_GOLD = TEST_RESOURCES.resolve(Path.of("gold", "genai-balance-2023.zh.gold.json"));

  @Spec
  CommandSpec spec;

  @Mixin
  LoggingOptions logging;

  @Mixin
  ExtractionOptions options;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The article (default: the bundled essay).")
  Path input;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "Gold standard JSON (default: the bundled essay's, under extractor/src/test/resources/gold/).")
  Path gold;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Score every .txt article in DIR against --gold DIR/<name>.gold.json; per document and macro.")
  Path corpus;

  @Option(names = "--split", paramLabel = "PART",
      description = "Score a part of the bundled development corpus: dev (tuned on) or test (held out).")
  String split;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--details", description = "Also list every missed and spurious item.")
  boolean details;

  @Option(names = "--no-baseline", description = "Score claimgraph only, not CoreNLP alone.")
  boolean noBaseline;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("text", "markdown", "json").contains(format)) {
      throw new InputException("--format " + format + ": use text, markdown or json");
    }
    if (split != null || corpus != null) {
      return scoreCorpus(out, err);
    }
    if (input == null && gold == null) {
      input = InputFiles.bundledEssay();
      gold = InputFiles.home().resolve(BUNDLED_GOLD);
    } else if (gold == null) {
      throw new InputException("--gold is needed to score " + input + " (only the bundled essay has a default gold file)");
    } else if (input == null) {
      input = InputFiles.bundledEssay();
    }
    Gold standard = Gold.read(gold);
    List<Extraction> extracted = new ArrayList<>();
    ExtractionRun run = ExtractionRun.with(options, logging, err, false)
        .run(InputFiles.expand(List.of(input), false), d -> extracted.add(d.extraction().orElseThrow()));
    if (extracted.isEmpty()) {
      return run.exitCode();
    }
    Extraction ours = extracted.get(0);
    EvaluationReport report = Evaluator.evaluate(ours, standard);
    Map<String, EvaluationReport> reports = new LinkedHashMap<>();
    reports.put("claimgraph", report);
    if (!noBaseline) {
      reports.put("CoreNLP alone", Evaluator.evaluate(Baseline.extract(ours.annotated()), standard));
    }
    Comparison comparison = Comparison.of(reports);
    switch (format) {
      case "json" -> out.println(report.toJson());
      case "markdown" -> out.println(comparison.toMarkdown());
      default -> out.println(comparison.toText());
    }
    if (details) {
      out.println(report.toDetailsText());
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Every article of a folder against its gold file: a row per document, then the macro averages. */
  private int scoreCorpus(PrintWriter out, PrintWriter err) {
    if (split != null) {
      if (!List.of("dev", "test").contains(split)) {
        throw new InputException("--split " + split + ": use dev or test");
      }
      corpus = InputFiles.home().resolve(TEST_RESOURCES.resolve(Path.of("articles", split)));
      gold = InputFiles.home().resolve(TEST_RESOURCES.resolve(Path.of("gold", split)));
    } else if (gold == null || !Files.isDirectory(gold)) {
      throw new InputException("--corpus " + corpus + " needs --gold DIR, the folder of <name>.gold.json files");
    }
    if (!Files.isDirectory(corpus)) {
      throw new InputException(corpus + ": not a folder of articles (give --corpus DIR)");
    }
    List<Path> articles = new ArrayList<>();
    Map<String, Gold> golds = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path article : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Path goldFile = gold.resolve(article.getFileName().toString().replaceAll("\\.txt$", ".gold.json"));
        if (Files.isRegularFile(goldFile)) {
          articles.add(article);
          golds.put(article.getFileName().toString(), Gold.read(goldFile));
        } else {
          err.println("claimgraph: " + article + ": no gold file " + goldFile + "; not scored");
        }
      }
    } catch (IOException e) {
      throw new InputException(corpus + ": cannot list the folder (" + e.getMessage() + ")");
    }
    if (articles.isEmpty()) {
      throw new InputException(corpus + ": no article with a gold file in " + gold);
    }
    List<EvaluationReport> reports = new ArrayList<>();
    // Each article is scored as it is finished; only its report is kept.
    ExtractionRun run = ExtractionRun.with(options, logging, err, false).run(articles, done -> {
      Extraction ours = done.extraction().orElseThrow();
      EvaluationReport report = Evaluator.evaluate(ours, golds.get(done.file().getFileName().toString()));
      reports.add(report);
      if (details) {
        out.println("== " + done.file().getFileName());
        out.println(report.toText());
        out.println(report.toDetailsText());
      }
    });
    if (reports.isEmpty()) {
      return run.exitCode(); // every document failed; each one's reason is on stderr already
    }
    Map<String, String> notScored = new LinkedHashMap<>();
    run.failed.forEach(f -> notScored.put(f.file().toString(), f.reason()));
    CorpusReport corpusReport = new CorpusReport(corpus.toString(), reports, notScored);
    switch (format) {
      case "json" -> out.println(corpusReport.toJson());
      case "markdown" -> out.println(corpusReport.toMarkdown());
      default -> out.println(corpusReport.toText());
    }
    out.flush();
    return run.failed.isEmpty() ? ExitCodes.OK : run.exitCode();
  }
}
