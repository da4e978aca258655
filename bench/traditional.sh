#!/usr/bin/env bash
# Script invariance (docs/evaluation.md, "Traditional characters"): the Chinese development articles and their gold,
# rendered in Traditional characters, scored beside the originals. Prints the macro row of each.
#   bench/traditional.sh [CORPUS_DIR GOLD_DIR]   (default: the development part of the corpus)
# Needs the built CLI (mvn -o -q -DskipTests package). Loads CoreNLP once per run (about 5 GB) unless cached.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${CLAIMGRAPH_JAR:-$here/cli/target/claimgraph.jar}"
[ -f "$jar" ] || { echo "build first: (cd $here && mvn -q -DskipTests package)" >&2; exit 3; }
corpus="${1:-$here/extractor/src/test/resources/articles/dev}"
gold="${2:-$here/extractor/src/test/resources/gold/dev}"
work="$here/bench/target/traditional"; rm -rf "$work"; mkdir -p "$work/simplified" "$work/traditional"
icu="$(ls "$(dirname "$jar")"/lib/icu4j-*.jar | head -1)"
for article in "$corpus"/*.zh.txt; do
  base="$(basename "$article" .txt)"
  [ -f "$gold/$base.gold.json" ] || continue
  cp "$article" "$gold/$base.gold.json" "$work/simplified/"
done
java -cp "$icu" "$here/bench/TraditionalRendering.java" "$work/traditional" "$work"/simplified/*
for script in simplified traditional; do
  echo "== $script"
  java -Xmx"${CLAIMGRAPH_HEAP:-6g}" -Dclaimgraph.home="$here" -jar "$jar" eval --corpus "$work/$script" \
    --gold "$work/$script" --no-baseline --cache "${CLAIMGRAPH_CACHE:-$here/data/annotation-cache}" -q \
    | grep -E '^(document|macro)'
done
