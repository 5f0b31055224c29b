#!/usr/bin/env bash
# Trains the learned ranking and its calibration on the development material and rewrites
# src/main/resources/dev/faqindex/search/ranking-model.properties, printing the cross-validated figures
# (docs/BENCHMARKS.md, "Answers you can trust", records them).
# Usage: bench/train-ranking.sh [--shared DIR] [--corpora]
#   --shared DIR  the shared evaluation material (default ../shared, beside the project)
#   --corpora     also measure the three documentation corpora, held out (embedding them takes several minutes)
# The indexes it builds are kept under target/ranking-training/ and reused while their content is unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/java.sh

shared=../shared
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) shared=$2; shift 2 ;;
    --corpora) extra+=(--corpora); shift ;;
    *) echo "usage: bench/train-ranking.sh [--shared DIR] [--corpora]" >&2; exit 2 ;;
  esac
done

use_jdk
build_bench_classpath
java "${BENCH_JAVA_OPTS[@]}" -Xmx2g -cp "$BENCH_CP" dev.faqindex.search.RankingTrainer "$shared" \
  target/ranking-training src/main/resources/dev/faqindex/search/ranking-model.properties "${extra[@]}"
