#!/usr/bin/env bash
# Relation rules on very long lists in one sentence (docs/performance.md, "Long lists"). Writes two invented
# articles, one Chinese and one English, whose sentences list 20–60 titled people, organizations and places, extracts
# them twice (the first run fills the annotation cache, the second times the stages without CoreNLP), and prints the
# summary line with each stage's time and every rule that ran past its 20 s budget on a sentence.
#   bench/long-lists.sh
# Needs the built CLI (mvn -o -q -DskipTests package) and python3. Work files go to bench/target/long-lists.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${CLAIMGRAPH_JAR:-$here/cli/target/claimgraph.jar}"
[ -f "$jar" ] || { echo "build first: (cd $here && mvn -q -DskipTests package)" >&2; exit 3; }
work="$here/bench/target/long-lists"; mkdir -p "$work"

python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
random.seed(7)  # the same texts on every run
surnames, given = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
companies = ["星海科技", "云帆智能", "北辰航天", "南山能源", "东方脑机", "西岭智能", "天枢数据", "蓝鲸机器人", "紫光云", "凌云芯片"]
titles = ["首席执行官", "董事长", "首席技术官", "总裁", "副总裁", "创始人", "联合创始人", "首席科学家", "董事", "总经理"]
people = [random.choice(surnames) + random.choice(given) + random.choice(given) for _ in range(60)]
zh = ["压力测试：长列表",
      "参加会议的有" + "、".join(f"{random.choice(companies)}{random.choice(titles)}{p}" for p in people[:40]) + "等人。",
      "该公司的客户包括" + "、".join(companies * 6) + "等企业。",
      people[0] + "，1971年出生，" + "、".join(titles * 4) + "，现任"
      + "、".join(f"{c}{t}" for c, t in zip(companies * 2, titles * 2)) + "。",
      people[1] + "表示：" + "，".join(f"{c}将在北京、上海、广州、深圳、杭州、成都、武汉、西安设立研发中心" for c in companies) + "。"]
first = ["Jane", "Ravi", "Ana", "Tom", "Li", "Omar", "Sara", "Ken"]
last = ["Doe", "Menon", "Silva", "Berg", "Wei", "Haddad", "Kim", "Ito"]
firms = ["Acme", "Globex", "Initech", "Umbrella", "Hooli"]
roles = ["CEO", "CTO", "president", "chief scientist", "founder"]
en = ["Stress test: long lists",
      "Attendees included " + ", ".join(f"{a} {b}, {t} of {c}" for a, b, t, c in zip(first * 5, last * 5, roles * 8, firms * 8)) + ".",
      "The company was founded in 2019 by " + ", ".join(f"{a} {b}" for a, b in zip(first * 4, last * 4)) + ", and Zoe Park.",
      "Its customers include " + ", ".join(["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka"] * 6) + " and Tyrell."]
open(f"{work}/lists.zh.txt", "w", encoding="utf-8").write("\n".join(zh) + "\n")
open(f"{work}/lists.en.txt", "w", encoding="utf-8").write("\n".join(en) + "\n")
PY

for run in fill timed; do  # the timed run re-extracts from the cached annotations instead of reusing the graphs
  java -Xmx6g -Dclaimgraph.home="$here" -jar "$jar" extract --cache "$work/cache" --re-extract \
    -o "$work/lists.ttl" "$work/lists.zh.txt" "$work/lists.en.txt" 2> "$work/$run.log" || true
done
grep -E 'gave up|documents:' "$work/timed.log" || { echo "no summary line: see $work/timed.log" >&2; exit 1; }
