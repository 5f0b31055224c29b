#!/usr/bin/env bash
# In-process search latency (JMH, 10k generated chunks, hybrid = the default mode) of this checkout against another
# build of faq-index, one after the other in one run, each on an index it built itself (the schemas may differ).
# Prints each p50 and the ratio; docs/BENCHMARKS.md records the figures.
# Usage: bench/compare-latency.sh BASELINE_JAR [--mode hybrid|lexical] [--shared DIR]
#   BASELINE_JAR  the shaded jar of the other build, e.g. of main: git worktree add /tmp/base main &&
#                 (cd /tmp/base && ./mvnw -B -q package -DskipTests) and pass /tmp/base/target/faq-index.jar
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/java.sh

[ $# -ge 1 ] || { sed -n '2,8p' "$0"; exit 2; }
baseline=$(realpath "$1"); shift
mode=hybrid
shared=../shared
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) mode=$2; shift 2 ;;
    --shared) shared=$2; shift 2 ;;
    *) echo "bench/compare-latency.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

use_jdk
build_bench_classpath
bench=target/bench
mkdir -p "$bench/compare"
current_jar=$(ls ~/.m2/repository/dev/faqindex/faq-index/*/faq-index-*.jar | grep -v sources | head -1)
# The bench classes and their own dependencies, with one faq-index jar or the other.
classpath_with() { echo "$BENCH_CP" | tr ':' '\n' | grep -v '/dev/faqindex/faq-index/' | paste -sd: | sed "s|^|$1:|"; }
semantic=true; [ "$mode" = lexical ] && semantic=false

java "${BENCH_JAVA_OPTS[@]}" -cp "$BENCH_CP" dev.faqindex.bench.corpus.CorpusGenerator --chunks 10k \
  --out "$bench/corpus-10k" --reuse
for side in baseline current; do
  jar=$baseline; [ "$side" = current ] && jar=$current_jar
  cp_side=$(classpath_with "$jar")
  index="$bench/compare/index-10k-$mode-$side"
  echo "== $side ($jar): index"
  flag=(); [ "$semantic" = true ] && flag=(--semantic)
  java "${BENCH_JAVA_OPTS[@]}" -Xmx2g -cp "$cp_side" dev.faqindex.bench.scale.ScaleIndexing \
    --content "$bench/corpus-10k" --index "$index" --label "10k-$side" "${flag[@]}" \
    --out "$bench/compare/index-$mode-$side.json"
  echo "== $side: JMH search latency, $mode"
  java "${BENCH_JAVA_OPTS[@]}" -cp "$cp_side" org.openjdk.jmh.Main 'dev.faqindex.bench.jmh.SearchLatencyBenchmark' \
    -f 1 -wi 2 -w 5s -i 3 -r 10s -jvmArgsAppend "--enable-native-access=ALL-UNNAMED -Dfaqindex.log.level=WARN" \
    -p content="$bench/corpus-10k" -p index="$index" -p mode="$mode" -p shared="$shared" \
    -rf json -rff "$bench/compare/jmh-$mode-$side.json" | grep -E "p0.50|search.*avgt|·p0.50|SearchLatency" || true
done
python3 - "$bench/compare" "$mode" <<'PY'
import json, sys
folder, mode = sys.argv[1], sys.argv[2]
p50 = {}
for side in ("baseline", "current"):
    result = json.load(open(f"{folder}/jmh-{mode}-{side}.json"))[0]["primaryMetric"]
    p50[side] = result["scorePercentiles"]["50.0"]
    build = json.load(open(f"{folder}/index-{mode}-{side}.json"))
    print(f"{side}: p50 {p50[side]:.2f} ms, mean {result['score']:.2f} ms; index build {build}")
print(f"current / baseline p50: {p50['current'] / p50['baseline']:.2f}x")
PY
