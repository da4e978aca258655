#!/usr/bin/env bash
# Extraction and ingest at scale (docs/performance.md, "Extraction and ingest"). Each part prints its figures:
#   bench/extract-scale.sh threads [ROUNDS]   warm throughput (sentences/s, model load excluded), 1 vs 2 threads,
#                                             on the Chinese development articles plus 24 recombined ones, no cache
#   bench/extract-scale.sh memory             peak RSS extracting 200 vs 10 recombined documents of 2 paragraphs (cached
#                                             annotations, filled first if needed: that fill loads CoreNLP once), with
#                                             every extraction stage run, and with finished graphs reused
#   bench/extract-scale.sh memory-cold [ROUNDS]
#                                             the same 10 and 200 documents extracted cold, as a user's first run is:
#                                             no cache (every sentence through CoreNLP), the launcher's heap and
#                                             collector, 2 threads; peak RSS, wall and CPU of each
#   bench/extract-scale.sh cached [ROUNDS]    the bundled essay: a cold run (no cache) vs a cached re-run, each in a
#                                             fresh process; the cached run also with an AppCDS archive, and with
#                                             only the annotations cached (--re-extract)
#   bench/extract-scale.sh kill               ingest 200 documents into a running server, kill -9 after 40: every
#                                             graph the server holds is complete; a re-run sends only the rest
# Needs the built CLI (mvn -o -q -DskipTests package), GNU time (/usr/bin/time), curl and python3.
# Runs one CoreNLP JVM at a time (about 5 GB). Work files go to bench/target/scale.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${CLAIMGRAPH_JAR:-$here/cli/target/claimgraph.jar}"  # a copy elsewhere lets you rebuild while it runs
[ -f "$jar" ] || { echo "build first: (cd $here && mvn -q -DskipTests package)" >&2; exit 3; }
work="$here/bench/target/scale"; mkdir -p "$work"
heap="${CLAIMGRAPH_HEAP:-6g}"
cg() { java -Xmx"$heap" -Dclaimgraph.home="$here" -jar "$jar" "$@"; }

# The summary line's figures: sentences, total seconds, model load seconds.
figures() {  # $1 = stderr log
  python3 - "$1" <<'PY'
import re, sys
line = [l for l in open(sys.argv[1], encoding="utf-8") if re.match(r"claimgraph: \d+ documents?", l)][-1]
total = re.search(r"quads in ([0-9.]+) s", line).group(1)
load = re.search(r"model load ([0-9.]+) s", line)
print(re.search(r"; (\d+) sentences,", line).group(1), total, load.group(1) if load else 0)
PY
}

threads() {
  local rounds="${1:-1}" corpus="$work/threads-corpus"
  rm -rf "$corpus"; mkdir -p "$corpus"
  cp "$here"/extractor/src/test/resources/articles/dev/*.zh.txt "$corpus/"
  python3 "$here/bench/make-corpus.py" 24 "$corpus" 4
  echo "corpus: $(ls "$corpus" | wc -l) documents, $(cat "$corpus"/* | wc -c) bytes"
  echo "round threads sentences wall_s model_load_s warm_sentences_per_s cpu_s"
  for r in $(seq 1 "$rounds"); do
    for t in 1 2; do
      /usr/bin/time -f "%U %S" -o "$work/time" java -Xmx"$heap" -Dclaimgraph.home="$here" -jar "$jar" \
        extract --no-cache --threads "$t" -o /dev/null "$corpus" 2>"$work/threads-$t.log" || true
      read -r s total load <<<"$(figures "$work/threads-$t.log")"
      read -r user sys < <(tail -1 "$work/time")
      rate="$(python3 -c "print(f'{$s / ($total - $load):.2f}')")"
      echo "$r $t $s $total $load $rate $(python3 -c "print(f'{$user + $sys:.0f}')")"
      echo "$t $rate" >> "$work/threads-rates"
    done
  done
}

# The collector the launcher (./claimgraph) gives extract and ingest by default.
launcher_gc() { sed -n 's/.*CLAIMGRAPH_BATCH_GC:-\([^}]*\)}.*/\1/p' "$here/claimgraph"; }

memory() {
  local corpus="$work/memory-corpus" cache="$work/memory-cache"
  [ -d "$corpus" ] || python3 "$here/bench/make-corpus.py" 200 "$corpus" 2
  mkdir -p "$work/memory-10"; cp "$corpus"/bench-00{01..10}.zh.txt "$work/memory-10/"
  if [ ! -d "$cache" ] || [ "$(ls "$cache" | wc -l)" -lt 200 ]; then
    echo "filling the annotation cache for 200 documents (loads CoreNLP once)..."
    cg extract -q --cache "$cache" -o /dev/null "$corpus" 2>"$work/memory-fill.log" || true
    tail -1 "$work/memory-fill.log"
  fi
  # A fixed heap: with room to spare (the default -Xmx6g) G1 lets garbage pile up before it collects, and RSS then
  # measures the garbage, not what the run keeps. 512 MB is plenty for a cached extraction.
  # "extract": annotations from the cache, every extraction stage run (--re-extract); "reuse": finished graphs read
  # back from the cache's results/ (filled by the first "reuse" run of each folder, which is not counted).
  for dir in "$corpus" "$work/memory-10"; do cg extract -q --cache "$cache" -o /dev/null "$dir" 2>/dev/null; done
  # MEMORY_GCS: the JVM settings to compare, separated by ';' (default: G1, the JVM's own default here, and the
  # launcher's for extract); MEMORY_HEAP: the heap limit (default 512m; the launcher's is 6g); MEMORY_MODES: which
  # of "extract reuse" to run.
  local settings; IFS=";" read -r -a settings <<<"${MEMORY_GCS:--XX:+UseG1GC;$(launcher_gc)}"
  echo "mode settings documents peak_rss_MB wall_s"
  for mode in ${MEMORY_MODES:-extract reuse}; do
    local flag=(); [ "$mode" = extract ] && flag=(--re-extract)
    for gc in "${settings[@]}"; do
      local options; read -r -a options <<<"$gc"
      for n in 10 200 10 200; do
        local dir="$corpus"; [ "$n" = 10 ] && dir="$work/memory-10"
        /usr/bin/time -f "%M %e" -o "$work/time" java -Xmx"${MEMORY_HEAP:-512m}" "${options[@]}" \
          -Dclaimgraph.home="$here" -jar "$jar" extract -q --cache "$cache" "${flag[@]}" -f nq -o "$work/memory-$n.nq" "$dir" 2>/dev/null
        read -r rss wall < "$work/time"
        echo "$mode '$gc' $n $((rss / 1024)) $wall"
      done
    done
  done
}

memory_cold() {
  local rounds="${1:-1}" corpus="$work/memory-corpus"
  [ -d "$corpus" ] || python3 "$here/bench/make-corpus.py" 200 "$corpus" 2
  mkdir -p "$work/memory-10"; cp "$corpus"/bench-00{01..10}.zh.txt "$work/memory-10/"
  local options; read -r -a options <<<"$(launcher_gc)"
  echo "cold extraction, -Xmx$heap ${options[*]}, 2 threads, no cache; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "round documents peak_rss_MB wall_s cpu_s model_load_s"
  for r in $(seq 1 "$rounds"); do
    for n in 10 200; do
      local dir="$corpus"; [ "$n" = 10 ] && dir="$work/memory-10"
      /usr/bin/time -f "%M %e %U %S" -o "$work/time" java -Xmx"$heap" "${options[@]}" -Dclaimgraph.home="$here" \
        -jar "$jar" extract --no-cache --threads 2 -f nq -o /dev/null "$dir" 2>"$work/memory-cold-$n.log" || true
      read -r rss wall user sys < "$work/time"
      read -r _ _ load < <(figures "$work/memory-cold-$n.log")
      echo "$r $n $((rss / 1024)) $wall $(echo "$user + $sys" | bc) $load"
    done
  done
  echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
}

cached() {
  local rounds="${1:-3}" cache="$work/cached-cache" jsa="$work/claimgraph.jsa"
  rm -rf "$cache" "$jsa"
  echo "run kind wall_s"
  for r in $(seq 1 "$rounds"); do
    /usr/bin/time -f "%e" -o "$work/time" java -Xmx"$heap" -Dclaimgraph.home="$here" -jar "$jar" \
      extract -q --no-cache -o "$work/cold.ttl" 2>/dev/null
    echo "$r cold $(cat "$work/time")"
  done
  cg extract -q --cache "$cache" -o /dev/null 2>/dev/null  # fills the cache (one cold run, not timed)
  java -Xmx"$heap" -XX:ArchiveClassesAtExit="$jsa" -Xlog:disable -Dclaimgraph.home="$here" -jar "$jar" \
    extract -q --cache "$cache" -o /dev/null 2>/dev/null  # the AppCDS archive, as the launcher makes it
  for r in $(seq 1 "$rounds"); do
    /usr/bin/time -f "%e" -o "$work/time" java -Xmx"$heap" -Dclaimgraph.home="$here" -jar "$jar" \
      extract -q --cache "$cache" -o "$work/cached.ttl" 2>/dev/null
    echo "$r cached $(cat "$work/time")"
    /usr/bin/time -f "%e" -o "$work/time" java -Xmx"$heap" -XX:SharedArchiveFile="$jsa" -Xlog:disable \
      -Dclaimgraph.home="$here" -jar "$jar" extract -q --cache "$cache" -o "$work/cached-cds.ttl" 2>/dev/null
    echo "$r cached+appcds $(cat "$work/time")"
    /usr/bin/time -f "%e" -o "$work/time" java -Xmx"$heap" -Dclaimgraph.home="$here" -jar "$jar" \
      extract -q --cache "$cache" --re-extract -o "$work/cached-re-extract.ttl" 2>/dev/null
    echo "$r annotations-cached,re-extract $(cat "$work/time")"
  done
}

kill_ingest() {
  local corpus="$work/memory-corpus" cache="$work/memory-cache" data="$work/kill-data" pw="$work/passwd"
  [ -d "$cache" ] || { echo "run 'memory' first: it makes the corpus and fills its annotation cache" >&2; exit 3; }
  rm -rf "$data" "$work/kill-ledger.tsv"; printf 'bench: %s\n' "bench-$RANDOM$RANDOM" > "$pw"
  cg extract -q --cache "$cache" -f nq -o "$work/expected.nq" "$corpus" 2>/dev/null
  java -Xmx2g -Dclaimgraph.home="$here" -jar "$jar" serve -q --data "$data" --port 0 --passwd "$pw" \
    > "$work/serve.out" 2>"$work/serve.log" &
  local server=$!
  trap 'kill $server 2>/dev/null || true' RETURN
  local url=""
  for _ in $(seq 1 120); do
    url="$(grep -oE 'http://localhost:[0-9]+/' "$work/serve.out" | head -1 || true)"; [ -n "$url" ] && break; sleep 1
  done
  [ -n "$url" ] || { echo "server did not start: $(tail -3 "$work/serve.log")" >&2; exit 4; }
  java -Xmx"$heap" -Dclaimgraph.home="$here" -jar "$jar" ingest --to "${url}kg" --passwd "$pw" --cache "$cache" \
    --ledger "$work/kill-ledger.tsv" --threads 2 "$corpus" 2>"$work/ingest-1.log" &
  local ingest=$!
  # Part-way: once KILL_AFTER documents (default 40) are reported sent, while others are in flight.
  until [ "$(grep -c 'triples sent' "$work/ingest-1.log" || true)" -ge "${KILL_AFTER:-40}" ] \
      || ! kill -0 "$ingest" 2>/dev/null; do sleep 0.2; done
  kill -9 "$ingest" 2>/dev/null || true; wait "$ingest" 2>/dev/null || true
  local sent; sent="$(grep -c 'triples sent' "$work/ingest-1.log" || true)"
  curl -s -G "${url}kg/sparql" -H 'Accept: text/csv' --data-urlencode \
    'query=SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), "/graph/bench-")) } GROUP BY ?g' \
    > "$work/served-counts.csv"
  python3 - "$work/expected.nq" "$work/served-counts.csv" "$sent" <<'PY'
import csv, re, sys
expected = {}
for line in open(sys.argv[1], encoding="utf-8"):
    g = re.search(r"<([^>]*)> \.\s*$", line)
    if g: expected[g.group(1)] = expected.get(g.group(1), 0) + 1
served = {r["g"]: int(r["n"]) for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
complete = sum(1 for g, n in served.items() if expected.get(g) == n)
print(f"killed after {sys.argv[3]} documents reported sent; the server holds {len(served)} of {len(expected)} graphs, "
      f"{complete} complete (same triple count as the extraction), {len(served) - complete} partial")
PY
  /usr/bin/time -f "%e" -o "$work/time" java -Xmx"$heap" -Dclaimgraph.home="$here" -jar "$jar" ingest \
    --to "${url}kg" --passwd "$pw" --cache "$cache" --ledger "$work/kill-ledger.tsv" "$corpus" 2>"$work/ingest-2.log"
  echo "re-run: $(grep -oE '[0-9]+ of [0-9]+ documents already sent' "$work/ingest-2.log" || echo '0 skipped'), \
$(grep -c 'triples sent' "$work/ingest-2.log") sent, $(cat "$work/time") s"
  curl -s -G "${url}kg/sparql" -H 'Accept: text/csv' --data-urlencode \
    'query=SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), "/graph/bench-")) }' \
    | tail -1 | xargs echo "graphs on the server after the re-run:"
}

case "${1:-}" in
  threads) threads "${2:-1}" ;;
  memory) memory ;;
  memory-cold) memory_cold "${2:-1}" ;;
  cached) cached "${2:-3}" ;;
  kill) kill_ingest ;;
  *) sed -n '2,17p' "$0"; exit 2 ;;
esac
