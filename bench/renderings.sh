#!/usr/bin/env bash
# The same articles written differently (docs/evaluation.md, "Traditional characters"): the Chinese development
# articles and their gold as published, rendered in Traditional characters, with their letters and digits in full
# width (ＧＰＴ４), with their Chinese punctuation typed in ASCII (他表示,公司), and with a space between Chinese and Latin
# letters or digits (使用 GPT-4 的 3 家公司), each scored. Prints the macro row of each.
#   bench/renderings.sh [CORPUS_DIR GOLD_DIR]   (default: the development part of the corpus)
# Needs the built CLI (mvn -o -q -DskipTests package). Loads CoreNLP once per rendering (about 5 GB) unless cached.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${CLAIMGRAPH_JAR:-$here/cli/target/claimgraph.jar}"
[ -f "$jar" ] || { echo "build first: (cd $here && mvn -q -DskipTests package)" >&2; exit 3; }
corpus="${1:-$here/extractor/src/test/resources/articles/dev}"
gold="${2:-$here/extractor/src/test/resources/gold/dev}"
work="$here/bench/target/renderings"; rm -rf "$work"; mkdir -p "$work/published"
icu="$(ls "$(dirname "$jar")"/lib/icu4j-*.jar | head -1)"
for article in "$corpus"/*.zh.txt; do
  base="$(basename "$article" .txt)"
  [ -f "$gold/$base.gold.json" ] || continue
  cp "$article" "$gold/$base.gold.json" "$work/published/"
done
for kind in traditional full-width ascii-punctuation spaced; do
  java -cp "$icu" "$here/bench/Rendering.java" "$kind" "$work/$kind" "$work"/published/*
done
for rendering in published traditional full-width ascii-punctuation spaced; do
  echo "== $rendering"
  java -Xmx"${CLAIMGRAPH_HEAP:-6g}" -Dclaimgraph.home="$here" -jar "$jar" eval --corpus "$work/$rendering" \
    --gold "$work/$rendering" --no-baseline --cache "${CLAIMGRAPH_CACHE:-$here/data/annotation-cache}" -q \
    | grep -E '^(document|macro)'
done
