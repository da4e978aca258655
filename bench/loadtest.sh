#!/usr/bin/env bash
# A bounded load test on loopback: starts `claimgraph serve` on a store with the serving heap, runs LoadTest
# (16 clients for 60 s mixing the example queries, home, entity and claim pages and search, plus a 17th client
# pinging /$/ping every 100 ms), and prints latencies, errors and the server's RSS before and after.
#   bench/loadtest.sh DATA_DIR [CLIENTS] [SECONDS]        e.g. bench/loadtest.sh data 16 60
# Needs cli/target/claimgraph.jar (mvn -o -q -B -DskipTests package). The server runs with the JVM options of
# `./claimgraph serve` (-Xmx1g or CLAIMGRAPH_SERVE_HEAP, concurrent System.gc()); it is stopped at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:?usage: bench/loadtest.sh DATA_DIR [CLIENTS] [SECONDS]}"
clients="${2:-16}"
seconds="${3:-60}"
jar="${CLAIMGRAPH_JAR:-$here/cli/target/claimgraph.jar}"  # CLAIMGRAPH_JAR: another build (its lib/ beside it)
[ -f "$jar" ] || { echo "loadtest: build the jar first: mvn -o -q -B -DskipTests package" >&2; exit 3; }

log="$(mktemp)"
# shellcheck disable=SC2086  # extra JVM options for the server, e.g. SERVER_JAVA_OPTS='-Xlog:gc:file=gc.log'
java -Xmx"${CLAIMGRAPH_SERVE_HEAP:-1g}" -XX:+ExplicitGCInvokesConcurrent ${SERVER_JAVA_OPTS:-} -Dclaimgraph.home="$here" -jar "$jar" serve --data "$data" --port 0 -q \
  >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 120); do
  url="$(grep -oE 'http://localhost:[0-9]+/' "$log" | head -1 || true)"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { echo "loadtest: the server did not start" >&2; cat "$log" >&2; exit 1; }
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$server/status"; }
echo "server $url (pid $server, -Xmx${CLAIMGRAPH_SERVE_HEAP:-1g}); RSS before: $(rss)"
status=0
java -cp "$here/bench/src/main/java" "$here/bench/src/main/java/org/claimgraph/bench/LoadTest.java" \
  "$url" "$here/fuseki-config/queries" "$clients" "$seconds" || status=$?
echo "RSS after: $(rss)"
exit "$status"
