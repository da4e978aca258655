package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands end to end on the bundled essay, with the real pipeline. Annotations come from the build's shared
 * cache (filled by the extractor's integration tests) when it is warm, so CoreNLP loads at most once per build.
 */
class ClaimgraphCliIT {
  static final Path ESSAY = Path.of("..", "corpus", "genai-balance-2023.zh.raw.txt");

  @TempDir
  Path tmp;

  private static String cache() {
    return System.getProperty("claimgraph.annotationCache", "target/annotation-cache");
  }

  @Test
  void oneBadFileAmongGoodOnesIsReportedAndTheRestIsExtracted() throws IOException {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
    Path out = tmp.resolve("out.trig");
    CliRun run = CliRun.of("extract", ESSAY.toString(), empty.toString(), "--format", "trig", "-o", out.toString(),
        "--cache", cache());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(run.err()).contains("empty.txt").contains("1 document (1 failed)");
    Dataset ds = RDFDataMgr.loadDataset(out.toString());
    assertThat(ds.containsNamedModel("https://w3id.org/claimgraph/id/graph/genai-balance-2023.zh")).isTrue();
    assertThat(ds.getNamedModel("https://w3id.org/claimgraph/id/graph/genai-balance-2023.zh").size()).isGreaterThan(1000);
  }

  @Test
  void summaryCountsEntitiesByTypeAndReportListsDroppedLines() {
    CliRun run = CliRun.of("extract", ESSAY.toString(), "--report", "-o", tmp.resolve("x.ttl").toString(),
        "--cache", cache());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("line 1: dropped: SEO question list", "line 3: kept as title")
        .contains("repaired line 30: glued names split")
        .containsPattern("1 document: \\d+ entities \\(person \\d+, .*company \\d+")
        .containsPattern("\\d+ relations, \\d+ claims, \\d+ quads in");
  }

  @Test
  void upLoadsTheEssayAndExportGivesItBack() throws IOException {
    Path data = tmp.resolve("data");
    CliRun up = CliRun.of("up", "--no-serve", ESSAY.toString(), "--data", data.toString(), "--cache", cache());
    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(Files.isDirectory(data.resolve("tdb2"))).isTrue();

    Path ttl = tmp.resolve("essay.ttl");
    CliRun export = CliRun.of("export", "--graph", "genai-balance-2023.zh", "--data", data.toString(),
        "-o", ttl.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    String turtle = Files.readString(ttl);
    assertThat(turtle).startsWith("PREFIX").contains("cg:Article").contains("nif:Phrase").contains("\"OpenAI\"@en");

    // A second load of the same document replaces its graph rather than adding to it.
    long before = RDFDataMgr.loadModel(ttl.toString()).size();
    assertThat(CliRun.of("load", ESSAY.toString(), "--data", data.toString(), "--cache", cache()).exitCode()).isZero();
    Path again = tmp.resolve("again.ttl");
    CliRun.of("export", "--graph", "genai-balance-2023.zh", "--data", data.toString(), "-o", again.toString());
    assertThat(RDFDataMgr.loadModel(again.toString()).size()).isEqualTo(before);
  }

  @Test
  void evalPrintsTheComparisonTable() {
    Path home = Path.of("..").toAbsolutePath().normalize();
    CliRun run = CliRun.of("eval", ESSAY.toString(), "--gold",
        home.resolve(EvalCommand.BUNDLED_GOLD).toString(), "--cache", cache(), "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("claimgraph").contains("CoreNLP alone").contains("relation F1");
  }
}
