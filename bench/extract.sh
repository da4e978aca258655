#!/usr/bin/env bash
# Speed and memory of `claimgraph extract` on the bundled essay, from a cold process, split into model load,
# annotation and the rest; then the smallest -Xmx (from a list) that still completes.
#   bench/extract.sh [RUNS]        (default 3 runs; needs GNU time: apt-get install time)
# Prints one row per run and the medians. Uses --no-cache so every run really annotates.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
"$here/claimgraph" --version >/dev/null   # build first, outside the timings
jar="$here/cli/target/claimgraph.jar"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

run_once() {  # $1 = heap; prints "wall_s rss_mb summary"
  /usr/bin/time -f "%e %M" -o "$tmp/time" \
    java -Xmx"$1" -Dclaimgraph.home="$here" -jar "$jar" extract --no-cache -q -o "$tmp/out.ttl" 2>"$tmp/err" || return 1
  read -r wall rss < "$tmp/time"
  echo "$wall $((rss / 1024)) $(grep -o 'in [0-9.]* s (.*)' "$tmp/err" | tail -1)"
}

echo "run  wall_s  peak_rss_MB  stages (from the command's own summary)"
walls=(); rsss=()
for i in $(seq 1 "$runs"); do
  line="$(run_once 5g)"
  echo "$i    $line"
  walls+=("$(echo "$line" | cut -d' ' -f1)"); rsss+=("$(echo "$line" | cut -d' ' -f2)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median wall ${runs} runs: $(median "${walls[@]}") s, median peak RSS: $(median "${rsss[@]}") MB"

echo
echo "smallest heap that completes (one run each):"
for heap in 2g 3g 4g; do
  if line="$(run_once "$heap")"; then echo "  -Xmx$heap: ok ($line)"; else echo "  -Xmx$heap: fails ($(grep -m1 -o 'OutOfMemoryError\|Out of memory[^;]*' "$tmp/err" || tail -1 "$tmp/err"))"; fi
done
