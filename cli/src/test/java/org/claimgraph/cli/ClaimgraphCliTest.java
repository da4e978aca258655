package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.claimgraph.store.GraphLoader;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line without CoreNLP: help, usage errors and bad input, which all fail before annotation. */
class ClaimgraphCliTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"up", "extract", "load", "ingest", "serve", "export", "compact", "eval"})
  void everyCommandHasHelpWithExitCodes(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: claimgraph " + command).contains("Exit codes:").contains("-v, --verbose");
  }

  @Test
  void topLevelHelpListsTheCommands() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("up", "extract", "load", "ingest", "serve", "export", "eval");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("extract", "--frobnicate");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void missingFileSaysWhich() {
    CliRun run = CliRun.of("extract", tmp.resolve("nope.txt").toString(), "--cache", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("nope.txt").contains("no such file");
  }

  @Test
  void directoryWithoutTextSaysHowToFixIt() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("empty-dir"));
    Files.writeString(dir.resolve("notes.csv"), "a,b");
    CliRun run = CliRun.of("extract", dir.toString(), "--cache", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("empty-dir").contains("no text files");
  }

  @Test
  void aMalformedGoldFileIsBadInputThatNamesTheFileAndTheFault() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "标题\n\n示例公司于今年发布了新模型。\n");
    Files.writeString(corpus.resolve("a.gold.json"), """
        {"document": {"title": "标题", "language": "zh"},
         "entities": [{"type": "AI_MODEL", "names": ["新模型"]}],
         "relations": [{"subject": "新模型", "predicate": "RELEASE_DATE", "literal": "今年",
                        "evidence": "示例公司于今年发布了新模型。"}],
         "claims": []}
        """);
    CliRun run = CliRun.of("eval", "--corpus", corpus.toString(), "--gold", corpus.toString(), "--cache",
        tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("a.gold.json").contains("RELEASE_DATE").doesNotContain("internal error");
  }

  @Test
  void aMalformedExtraLexiconIsBadInputThatNamesTheFileAndTheFault() throws IOException {
    Path article = Files.writeString(tmp.resolve("a.txt"), "标题\n\n示例公司于今年发布了新模型。\n");
    Path lexicon = Files.writeString(tmp.resolve("extra.tsv"), "acme\tCOMPANY\tAcme\t\t\t\thttps://example.org\n");
    CliRun run = CliRun.of("extract", article.toString(), "--lexicon", lexicon.toString(), "--cache", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("extra.tsv").contains("header").doesNotContain("internal error");
  }

  @Test
  void emptyFileIsRefusedWithItsName() throws IOException {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
    CliRun run = CliRun.of("extract", empty.toString(), "--cache", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("empty.txt").containsIgnoringCase("empty");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void binaryFileIsRefused() throws IOException {
    Path binary = Files.write(tmp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    CliRun run = CliRun.of("extract", binary.toString(), "--cache", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("image.txt").containsIgnoringCase("binary");
  }

  @Test
  void wrongEncodingPointsAtTheOption() throws IOException {
    // Latin-1 bytes that are not UTF-8 and do not read as Chinese.
    Path latin1 = Files.write(tmp.resolve("latin1.txt"), "café crème brûlée déjà vu".getBytes(Charset.forName("ISO-8859-1")));
    CliRun run = CliRun.of("extract", latin1.toString(), "--cache", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("latin1.txt").contains("--encoding");
  }

  @Test
  void tooLargeFileNamesTheLimitAndTheOption() throws IOException {
    Path big = Files.writeString(tmp.resolve("big.txt"), "很长的文章。".repeat(200), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("extract", big.toString(), "--max-bytes", "100", "--cache", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("big.txt").contains("--max-bytes");
  }

  @Test
  void textThatIsNotAnArticleIsRefused() throws IOException {
    Path list = Files.writeString(tmp.resolve("seo.txt"),
        "怀孕一个月什么症状| 汕头有什么好玩的景点| 五七是什么意思| 辽源有什么好玩的地方| 鹦鹉什么时候下蛋\n");
    CliRun run = CliRun.of("extract", list.toString(), "--cache", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("seo.txt").containsIgnoringCase("not an article");
  }

  @Test
  void unknownFormatListsTheChoices() {
    CliRun run = CliRun.of("export", "--format", "xml", "--data", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--format xml").contains("ttl").contains("trig");
  }

  @Test
  void badBaseIriIsRefused() throws IOException {
    Path empty = Files.writeString(tmp.resolve("a.txt"), "x");
    CliRun run = CliRun.of("extract", empty.toString(), "--base", "not an iri");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--base");
  }

  @Test
  void exportOfAnUnknownGraphSaysHowToListGraphs() {
    CliRun run = CliRun.of("export", "--graph", "no-such-doc", "--data", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("no-such-doc").contains("SELECT DISTINCT ?g");
  }

  @Test
  void triplesInAllIsWhatTheStoreHoldsAfterABulkLoadAndAfterAnOrdinaryOne() throws IOException {
    // A repeated quad, and a triple in the ontology's graph, which the ontology's own load then replaces.
    Path nq = Files.writeString(tmp.resolve("doc.nq"), """
        <https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" <https://example.org/graph/d> .
        <https://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "B" <https://example.org/graph/d> .
        <https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" <https://example.org/graph/d> .
        <https://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "X" <%s> .
        """.formatted(GraphLoader.ONTOLOGY_GRAPH));
    Path data = tmp.resolve("data");

    CliRun bulk = CliRun.of("load", nq.toString(), "--data", data.toString()); // an empty store: counted as loaded
    CliRun ordinary = CliRun.of("load", nq.toString(), "--data", data.toString()); // counted afterwards

    assertThat(bulk.exitCode()).as(bulk.err()).isZero();
    assertThat(ordinary.exitCode()).as(ordinary.err()).isZero();
    long stored;
    try (TdbStore store = TdbStore.open(data)) {
      stored = store.quadCount();
    }
    assertThat(stored).isGreaterThan(3);
    assertThat(bulk.err()).contains(": " + stored + " triples in all");
    assertThat(ordinary.err()).contains(": " + stored + " triples in all");
  }

  @Test
  void malformedRdfIsRefusedAndTheStoreKeepsWhatItHad() throws IOException {
    Path good = Files.writeString(tmp.resolve("good.ttl"),
        "<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n");
    Path data = tmp.resolve("data");
    assertThat(CliRun.of("load", good.toString(), "--data", data.toString()).exitCode()).isZero();
    Path bad = Files.writeString(tmp.resolve("bad.ttl"), "<https://example.org/a> rdfs:label \"B\" .\n");
    CliRun run = CliRun.of("load", bad.toString(), "--data", data.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("bad.ttl:1");
    Path exported = tmp.resolve("all.nq");
    CliRun export = CliRun.of("export", "--all", "--format", "nq", "--data", data.toString(), "-o", exported.toString());
    assertThat(export.exitCode()).isZero();
    assertThat(Files.readString(exported)).contains("\"A\"").doesNotContain("\"B\"");
  }

  @Test
  void loadIntoAStoreInUseFailsBeforeLoadingTheModels() throws IOException {
    Path article = Files.copy(TestArticles.ESSAY, tmp.resolve("article.txt"));
    Path data = tmp.resolve("data");
    try (TdbStore held = TdbStore.open(data)) {
      long start = System.nanoTime();
      // An empty cache: had the models been loaded first, this would take a minute and 5 GB.
      CliRun run = CliRun.of("load", article.toString(), "--data", data.toString(), "--cache",
          tmp.resolve("empty-cache").toString());
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.STORE);
      assertThat(run.err()).contains(data.resolve("tdb2").toString()).contains("already open");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
      assertThat(tmp.resolve("empty-cache")).doesNotExist();
    }
  }

  @Test
  void ingestNeedsSomethingToIngestAndAUsableTarget() throws IOException {
    CliRun nothing = CliRun.of("ingest", "--to", "http://localhost:1/kg");
    assertThat(nothing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(nothing.err()).contains("nothing to ingest").contains("--watch");

    CliRun badUrl = CliRun.of("ingest", TestArticles.ESSAY.toString(), "--to", "localhost:3030");
    assertThat(badUrl.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badUrl.err()).contains("--to localhost:3030").contains("http://localhost:3030/kg");

    Path empty = Files.writeString(tmp.resolve("passwd"), "admin:\n");
    CliRun emptyPassword = CliRun.of("ingest", TestArticles.ESSAY.toString(), "--to", "http://localhost:1/kg",
        "--passwd", empty.toString());
    assertThat(emptyPassword.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(emptyPassword.err()).contains("empty password");

    long start = System.nanoTime();
    CliRun noServer = CliRun.of("ingest", TestArticles.ESSAY.toString(), "--to", "http://localhost:1/kg",
        "--cache", tmp.resolve("empty-cache").toString(), "--ledger", tmp.resolve("ledger").toString());
    assertThat(noServer.exitCode()).isEqualTo(ExitCodes.STORE);
    assertThat(noServer.err()).contains("cannot connect");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void threadsMustBePositive() {
    CliRun run = CliRun.of("extract", TestArticles.ESSAY.toString(), "--threads", "0", "--cache", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--threads 0");
  }

  @Test
  void anRdfFileWithNoTriplesIsReportedAsNotLoaded() throws IOException {
    Path data = tmp.resolve("data");
    Path empty = Files.writeString(tmp.resolve("empty.ttl"), "");
    CliRun alone = CliRun.of("load", empty.toString(), "--data", data.toString());
    assertThat(alone.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(alone.err()).contains(empty + ": no triples in the file").contains("nothing was loaded");
    for (String name : new String[] {"empty.jsonld", "empty.rdf", "empty.nt"}) {
      Path other = Files.writeString(tmp.resolve(name), "");
      CliRun run = CliRun.of("load", other.toString(), "--data", data.toString());
      assertThat(run.exitCode()).as(name).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).as(name).contains(other + ": no triples in the file");
    }

    Path prefixesOnly = Files.writeString(tmp.resolve("prefixes.ttl"), "@prefix ex: <https://example.org/> .\n# none\n");
    Path good = Files.writeString(tmp.resolve("good.ttl"),
        "<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n");
    CliRun mixed = CliRun.of("load", good.toString(), prefixesOnly.toString(), "--data", data.toString());
    assertThat(mixed.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(mixed.err()).contains(prefixesOnly + ": no triples in the file").doesNotContain(good + ": no triples");
    Path exported = tmp.resolve("all.nq");
    assertThat(CliRun.of("export", "--all", "--format", "nq", "--data", data.toString(), "-o", exported.toString())
        .exitCode()).isZero();
    assertThat(Files.readString(exported)).contains("\"A\"");
  }

  @Test
  void compactGivesBackWhatReloadsLeftBehindAndKeepsTheData() throws IOException {
    StringBuilder turtle = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      turtle.append("<https://example.org/e").append(i).append("> <http://www.w3.org/2000/01/rdf-schema#label> \"")
          .append("实体 ").append(i).append("\"@zh .\n");
    }
    Path doc = Files.writeString(tmp.resolve("doc.ttl"), turtle);
    Path data = tmp.resolve("data");
    assertThat(CliRun.of("load", doc.toString(), "--data", data.toString()).exitCode()).isZero();
    long afterFirstLoad = sizeOf(data.resolve("tdb2"));
    for (int reload = 0; reload < 5; reload++) {
      assertThat(CliRun.of("load", doc.toString(), "--data", data.toString()).exitCode()).isZero();
    }
    long afterReloads = sizeOf(data.resolve("tdb2"));
    assertThat(afterReloads).as("reloads grow the store").isGreaterThan(afterFirstLoad);
    String before = exportAll(data, "before.nq");

    CliRun run = CliRun.of("compact", "--data", data.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("compacted").contains("MB given back");
    assertThat(sizeOf(data.resolve("tdb2"))).isLessThan(afterReloads);
    try (var generations = Files.list(data.resolve("tdb2"))) {
      assertThat(generations.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")))
          .as("the old generation is deleted").hasSize(1);
    }
    assertThat(exportAll(data, "after.nq")).isEqualTo(before);
    assertThat(CliRun.of("export", "--graph", "https://example.org/missing", "--data", data.toString()).exitCode())
        .isEqualTo(ExitCodes.BAD_INPUT);

    CliRun loadAndCompact = CliRun.of("load", doc.toString(), "--compact", "--data", data.toString());
    assertThat(loadAndCompact.exitCode()).isZero();
    assertThat(loadAndCompact.err()).contains("compacted");
  }

  private String exportAll(Path data, String name) throws IOException {
    Path out = tmp.resolve(name);
    assertThat(CliRun.of("export", "--all", "--format", "nq", "--data", data.toString(), "-o", out.toString())
        .exitCode()).isZero();
    return Files.readString(out).lines().sorted().collect(Collectors.joining("\n"));
  }

  private static long sizeOf(Path dir) {
    return TdbStore.bytesInUse(dir);
  }
}
