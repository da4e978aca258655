#!/usr/bin/env bash
# Loading side by side (docs/performance.md, "Loading"): the same N-Quads file into a fresh store with
# `claimgraph load` and with Jena's own tdb2.tdbloader (its default, phased loader), whole processes, in turn, for
# ROUNDS rounds; with OTHER_JAR (a copy of another build's claimgraph.jar, its lib/ beside it) that build's
# `claimgraph load` runs in each round too; with BARE=1, so does our loader's bulk path into a bare TDB2 store, without
# the text index, the ontology and the command line (org.claimgraph.bench.LoadWithoutTextIndex: the work
# tdb2.tdbloader does). Prints wall and CPU (user + system) seconds per run and the rate ratio ours / Jena per round.
#   bench/loaders.sh FILE.nq [ROUNDS]          (default 3 rounds; build first: mvn -o -q -B -DskipTests package
#                                               and mvn -o -q -B -pl bench -am package dependency:build-classpath
#                                               -DskipTests -Dmdep.outputFile=target/bench.cp)
# Environment: CLAIMGRAPH_JAR (default cli/target/claimgraph.jar), OTHER_JAR, WORK (scratch, default a temporary
# directory, removed at the end).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="${1:?usage: bench/loaders.sh FILE.nq [ROUNDS]}"; rounds="${2:-3}"
jar="${CLAIMGRAPH_JAR:-$here/cli/target/claimgraph.jar}"
[ -f "$jar" ] || { echo "build first: (cd $here && mvn -o -q -B -DskipTests package)" >&2; exit 3; }
[ -f "$here/bench/target/bench.cp" ] || { echo "build the bench classpath first (see the head of $0)" >&2; exit 3; }
if [[ -n "${WORK:-}" ]]; then work="$WORK"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
cp="$(cat "$here/bench/target/bench.cp")"
[[ -z "${BARE:-}" ]] || cp="$here/bench/target/classes:$cp"
quads=$(wc -l < "$file")

timed() {  # NAME COMMAND...: runs it into $work/store, prints "NAME wall cpu"
  local name="$1"; shift
  rm -rf "$work/store"
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/$name.log" \
    || { echo "$name failed, see $work/$name.log" >&2; tail -5 "$work/$name.log" >&2; exit 1; }
  read -r wall user sys < "$work/time"
  echo "$name $wall $(echo "$user + $sys" | bc)"
  rm -rf "$work/store"
}

echo "loading $quads quads from $file, $rounds rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| round | loader | wall s | CPU s | ours / Jena (rate, wall) |"
echo "|---:|---|---:|---:|---:|"
for r in $(seq 1 "$rounds"); do
  results=()
  results+=("$(timed ours java -Xmx3g -Dclaimgraph.home="$here" -jar "$jar" load -q --data "$work/store" "$file")")
  if [[ -n "${OTHER_JAR:-}" ]]; then
    results+=("$(timed other java -Xmx3g -Dclaimgraph.home="$here" -jar "$OTHER_JAR" load -q --data "$work/store" "$file")")
  fi
  if [[ -n "${BARE:-}" ]]; then
    results+=("$(timed bare java -Xmx3g -cp "$cp" org.claimgraph.bench.LoadWithoutTextIndex "$file" "$work/store/tdb2")")
  fi
  results+=("$(timed jena java -Xmx3g -cp "$cp" tdb2.tdbloader --loc "$work/store/tdb2" "$file")")
  jena_wall=$(printf '%s\n' "${results[@]}" | awk '$1 == "jena" {print $2}')
  for line in "${results[@]}"; do
    read -r name wall cpu <<<"$line"
    ratio=""; [ "$name" != jena ] && ratio=$(printf '%.2f' "$(echo "$jena_wall / $wall" | bc -l)")
    echo "| $r | $name | $wall | $cpu | $ratio |"
  done
done
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
