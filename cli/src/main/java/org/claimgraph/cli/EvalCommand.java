package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.eval.Baseline;
import org.claimgraph.extract.eval.Comparison;
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
        "With no arguments, scores the bundled essay against its gold file."},
    footer = {"", "Examples:", "  ./claimgraph eval", "  ./claimgraph eval article.txt --gold article.gold.json --format markdown",
        "", ExitCodes.HELP})
final class EvalCommand implements Callable<Integer> {
  static final Path BUNDLED_GOLD =
      Path.of("extractor", "src", "test", "resources", "gold", "genai-balance-2023.zh.gold.json");

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
    if (input == null && gold == null) {
      input = InputFiles.bundledEssay();
      gold = InputFiles.home().resolve(BUNDLED_GOLD);
    } else if (gold == null) {
      throw new InputException("--gold is needed to score " + input + " (only the bundled essay has a default gold file)");
    } else if (input == null) {
      input = InputFiles.bundledEssay();
    }
    if (!List.of("text", "markdown", "json").contains(format)) {
      throw new InputException("--format " + format + ": use text, markdown or json");
    }
    Gold standard = Gold.read(gold);
    List<Extraction> extracted = new ArrayList<>();
    ExtractionRun run = ExtractionRun.with(options, logging, err, false)
        .run(InputFiles.expand(List.of(input), false), d -> extracted.add(d.extraction()));
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
}
