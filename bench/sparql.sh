#!/usr/bin/env bash
# SPARQL latency (p50, p95) over HTTP for the example queries: claimgraph's server beside a bare Fuseki holding the
# same data. Loads the bundled essay first if the store is empty.
#   bench/sparql.sh [ROUNDS]     (default 200)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/claimgraph" up --no-serve -q
cd "$here"
mvn -B -q -pl bench -am install -DskipTests >/dev/null
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "bench/target/classes:$(cat bench/target/bench.cp)" org.claimgraph.bench.SparqlLatency \
  "$here/data" "${1:-200}"
