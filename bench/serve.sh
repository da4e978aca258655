#!/usr/bin/env bash
# Serving at scale (docs/performance.md, "Serving at scale"): builds a store of DOCUMENTS documents from the
# development corpus's real extractions, then measures side by side in one run
#   - loading the same N-Quads with `claimgraph load` and with Jena's own tdb2.tdbloader;
#   - p50/p95 of the home page, the most-mentioned entity's page, a claim page, /search and the example queries;
#   - under CLIENTS concurrent clients: the example queries against claimgraph and a bare Fuseki on the same store,
#     and the entity page against a SPARQL DESCRIBE of the same entity, on the essay store and the large one.
#   bench/serve.sh [DOCUMENTS] [ROUNDS] [CLIENTS] [SECONDS]      (defaults 1000 50 16 10)
# Environment: CACHE (annotation cache, default data/annotation-cache; a warm cache means no CoreNLP load),
# WORK (scratch directory, default a new temporary one, removed at the end; about 2 GB at 1,000 documents).
#
# More documents are made by copying each real document's named graph under new document IRIs
# (ReplicateDocuments): every triple is one the extractor produced for a real article; entities are shared, so the
# most-mentioned entity gathers mentions from every copy. Extracting 1,000 recombined articles instead would need
# CoreNLP on each (about 5 s a document cold), which this 2-core machine cannot give a benchmark.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
documents="${1:-1000}"; rounds="${2:-50}"; clients="${3:-16}"; seconds="${4:-10}"
cache="${CACHE:-$here/data/annotation-cache}"
if [[ -n "${WORK:-}" ]]; then work="$WORK"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
cd "$here"

echo "building" >&2
mvn -o -q -B -DskipTests package >&2
mvn -o -q -B -pl bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/bench.cp >&2
jar="$here/cli/target/claimgraph.jar"
cp="$here/bench/target/classes:$(cat "$here/bench/target/bench.cp")"
claimgraph() { java -Xmx3g -Dclaimgraph.home="$here" -jar "$jar" "$@"; }
bench() { java -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" "$@"; }
seconds_since() { echo "$(date +%s.%N) - $1" | bc; }

echo "extracting the development corpus and the essay (cache $cache)" >&2
claimgraph extract -q --cache "$cache" -f nq -o "$work/dev.nq" extractor/src/test/resources/articles/dev/
claimgraph extract -q --cache "$cache" -f nq -o "$work/essay.nq"
bench org.claimgraph.bench.ReplicateDocuments "$work/dev.nq" "$documents" "$work/corpus.nq"
quads=$(wc -l < "$work/corpus.nq")

echo "loading $quads quads: claimgraph load, then tdb2.tdbloader" >&2
start=$(date +%s.%N); claimgraph load -q --data "$work/ours" "$work/corpus.nq" >&2; ours=$(seconds_since "$start")
start=$(date +%s.%N); bench tdb2.tdbloader --loc "$work/jena" "$work/corpus.nq" 2>/dev/null; jena=$(seconds_since "$start")
echo
echo "| loading $quads quads ($documents documents), whole process | seconds | quads/s |"
echo "|---|---:|---:|"
printf '| `claimgraph load` (TDB2 + Lucene text index + ontology) | %.1f | %.0f |\n' "$ours" "$(echo "$quads / $ours" | bc -l)"
printf '| `tdb2.tdbloader` (TDB2 only) | %.1f | %.0f |\n' "$jena" "$(echo "$quads / $jena" | bc -l)"
printf '| ratio, claimgraph / Jena (rate) | %.2f | |\n' "$(echo "$jena / $ours" | bc -l)"
rm -rf "$work/jena"

claimgraph load -q --data "$work/essay" "$work/essay.nq" >&2
echo
bench org.claimgraph.bench.ServeBench "$work/essay" "essay" "$rounds" "$clients" "$seconds"
echo
bench org.claimgraph.bench.ServeBench "$work/ours" "$documents documents" "$rounds" "$clients" "$seconds"
