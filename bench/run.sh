#!/usr/bin/env bash
# The whole performance benchmark in one command: builds, measures faq-index against SQLite FTS5, PostgreSQL and
# Orama on the same chunks and queries, and rewrites the generated figures of docs/BENCHMARKS.md and its latency plot.
#
# Usage: bench/run.sh [--sizes 10k,100k,1M] [--parts relevance,scale,http,jmh] [--quick] [--no-postgres]
#                     [--no-orama] [--shared DIR]
#   --sizes   corpus sizes of the scale runs (default 10k,100k,1M); 10k is always built for the HTTP and JMH parts
#   --parts   which parts to run (default all but scale-hybrid): relevance (the peers on the judged query sets),
#             scale (index and query each size, server start-up), http (wrk against /api/search and /api/health),
#             jmh (in-process latency, lexical and hybrid, and indexing throughput); scale-hybrid (each size with
#             embeddings: build with -Xmx4g, then hybrid queries) only when asked, as embedding a million chunks
#             takes hours on 2 cores
#   --quick   short runs, 10k only, no embeddings (hybrid) and relevance in lexical mode only: a smoke test
#   --no-postgres  leave PostgreSQL out
#   --no-orama     leave Orama out (else Node and npm are installed from Debian when missing, and @orama/orama with
#                  npm ci; ORAMA_HEAP_MB (default 4096) and ORAMA_BUDGET_S (default 1200) bound each of its runs)
#   --shared  the shared material folder (default ../shared)
# Generated corpora and indexes are kept under target/bench (reused when unchanged); results go to
# target/bench/results. Needs a JDK 21+, wrk, and for PostgreSQL root (the throwaway cluster runs as postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/java.sh
source bench/lib/postgres.sh
source bench/lib/orama.sh

sizes=10k,100k,1M
parts=relevance,scale,http,jmh
quick=no
postgres=yes
orama=yes
shared=../shared
command_line="bench/run.sh $*"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift ;;
    --parts) parts=$2; shift ;;
    --quick) quick=yes ;;
    --no-postgres) postgres=no ;;
    --no-orama) orama=no ;;
    --shared) shared=$2; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ "$quick" = yes ] && sizes=10k
has_part() { [[ ",$parts," == *",$1,"* ]]; }

# Durations (seconds) and JMH settings: modest, so the whole run fits in about an hour on 2 cores.
if [ "$quick" = yes ]; then
  warmup=2; measure=4; http_warmup=3; http_duration=5; launches=1
  jmh_opts=(-f 1 -wi 1 -w 2s -i 2 -r 3s); jmh_index_opts=(-f 1 -wi 1 -i 2)
else
  warmup=10; measure=10; http_warmup=30; http_duration=15; launches=3
  jmh_opts=(-f 1 -wi 2 -w 5s -i 3 -r 10s); jmh_index_opts=(-f 1 -wi 1 -i 3)
fi

install_missing() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  if [ "$postgres" = yes ] && [ -z "$(pg_bin)" ]; then missing+=(postgresql); fi
  if [ "$orama" = yes ]; then missing+=($(orama_missing_packages)); fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "== installing ${missing[*]} (Debian packages)"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "bench/run.sh: please install ${missing[*]} (apt-get install ${missing[*]})" >&2; exit 1
    fi
  fi
}

use_jdk
install_missing
if [ "$postgres" = yes ] && [ "$(id -u)" != 0 ]; then
  echo "bench/run.sh: PostgreSQL needs root to run its throwaway cluster as the postgres user; use --no-postgres" >&2
  exit 1
fi

orama_args=()
if [ -z "$(orama_missing_packages)" ]; then orama_install; fi # also for the bench module's tests, which run the peer
if [ "$orama" = yes ]; then orama_args=(--orama "$ORAMA_DIR"); fi
orama_heap=${ORAMA_HEAP_MB:-4096}
orama_budget=${ORAMA_BUDGET_S:-1200}

echo "== building (faq-index, then the bench module against its jar)"
build_bench_classpath
JAR=target/faq-index.jar
bench=target/bench
results=$bench/results
rm -rf "$results"
mkdir -p "$results"
run_java() { java "${BENCH_JAVA_OPTS[@]}" -cp "$BENCH_CP" "$@"; }
load() { cut -d' ' -f1 /proc/loadavg; }

{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "command=$command_line"
  echo "load.before=$(load)"
  echo "wrk=$(wrk -v 2>&1 | head -1 | awk '{print $1, $2}')"
  if [ "$orama" = yes ]; then echo "orama=$(orama_version), Node $(node -v)"; fi
} >"$results/run.properties"

# How busy other work kept the machine during the run (processes outside this run's session).
python3 bench/lib/cpu_share.py "$(ps -o sid= $$ | tr -d ' ')" "$results/other-work.txt" &
sampler=$!
cleanup() { kill "$sampler" 2>/dev/null || true; pg_stop; }
trap cleanup EXIT

pg_args=()
if [ "$postgres" = yes ]; then
  pg_start
  pg_args=(--postgres "$PG_URL")
  echo "postgres=$PG_VERSION" >>"$results/run.properties"
  echo "== PostgreSQL $PG_VERSION, throwaway cluster on port $PG_PORT"
fi

corpus() { # generates (or reuses) the corpus of size $1
  run_java dev.faqindex.bench.corpus.CorpusGenerator --chunks "$1" --out "$bench/corpus-$1" --reuse
}

lexical_index() { # builds the lexical index of size $1 and records the build
  run_java -Xmx2g dev.faqindex.bench.scale.ScaleIndexing --content "$bench/corpus-$1" --index "$bench/index-$1" \
    --label "$1" --out "$results/scale-index-$1.json"
}

hybrid_heap=4g # the heap limit of the goals with embeddings (bench/goals.json)
semantic_index() { # builds the index with embeddings of size $1 and records the build (progress every 10,000 chunks)
  run_java -Xmx$hybrid_heap dev.faqindex.bench.scale.ScaleIndexing --content "$bench/corpus-$1" \
    --index "$bench/index-$1-semantic" --label "$1" --semantic --out "$results/scale-index-$1-semantic.json"
}

if has_part relevance; then
  echo "== relevance: faq-index, SQLite FTS5, PostgreSQL and Orama on the judged query sets"
  modes=lexical,hybrid; orama_modes=fulltext,vector,hybrid
  if [ "$quick" = yes ]; then modes=lexical; orama_modes=fulltext; fi
  run_java dev.faqindex.bench.RelevanceBenchmark --shared "$shared" --modes "$modes" --pg-tuning \
    --json "$results/relevance.json" "${pg_args[@]}" "${orama_args[@]}" --orama-modes "$orama_modes" \
    | tee "$results/relevance.md"
fi

built_10k=no
built_semantic_10k=no
if has_part scale; then
  for size in ${sizes//,/ }; do
    echo "== scale $size: corpus, index (-Xmx2g, lexical), server start-up, queries in every engine"
    corpus "$size"
    lexical_index "$size"
    [ "$size" = 10k ] && built_10k=yes
    run_java dev.faqindex.bench.http.ServerStartup --jar "$JAR" --content "$bench/corpus-$size" \
      --index "$bench/index-$size" --label "$size" --launches "$launches" --out "$results/startup-$size.json" \
      --work "$bench/work-startup"
    run_java dev.faqindex.bench.http.ServerStartup --jar "$JAR" --content "$bench/corpus-$size" \
      --index "$bench/index-$size" --label "$size" --launches "$launches" --out "$results/startup-$size-launcher.json" \
      --work "$bench/work-startup" --launcher bin/faq-index
    run_java -Xmx2g dev.faqindex.bench.scale.ScaleQueries --content "$bench/corpus-$size" \
      --index "$bench/index-$size" --label "$size" --out "$results/scale-queries-$size.json" \
      --work "$bench/work-queries" --shared "$shared" --warmup "$warmup" --measure "$measure" "${pg_args[@]}" \
      "${orama_args[@]}" --orama-modes fulltext --orama-heap-mb "$orama_heap" --orama-budget "$orama_budget"
  done
  if [ "$orama" = yes ] && [ "$quick" = no ] && [[ ",$sizes," == *",10k,"* ]]; then
    echo "== scale 10k, hybrid: faq-index hybrid against Orama vector and hybrid (faq-index's vectors, cached)"
    semantic_index 10k
    built_semantic_10k=yes
    run_java -Xmx2g dev.faqindex.bench.scale.ScaleQueries --content "$bench/corpus-10k" \
      --index "$bench/index-10k-semantic" --semantic --modes hybrid --engines faq-index,orama --label "10k hybrid" \
      --out "$results/scale-queries-10k-hybrid.json" --work "$bench/work-queries" --shared "$shared" \
      --warmup "$warmup" --measure "$measure" "${orama_args[@]}" --orama-modes vector,hybrid \
      --orama-heap-mb "$orama_heap" --orama-budget "$orama_budget" --vector-cache "$bench/orama-vectors-10k.bin"
  fi
fi

if has_part scale-hybrid; then
  for size in ${sizes//,/ }; do
    echo "== scale $size with embeddings: corpus, index (-Xmx$hybrid_heap), hybrid queries"
    corpus "$size"
    if [ "$size" != 10k ] || [ "$built_semantic_10k" = no ]; then semantic_index "$size"; fi
    [ "$size" = 10k ] && built_semantic_10k=yes
    run_java -Xmx$hybrid_heap dev.faqindex.bench.scale.ScaleQueries --content "$bench/corpus-$size" \
      --index "$bench/index-$size-semantic" --semantic --engines faq-index --modes hybrid --label "$size" \
      --out "$results/scale-hybrid-$size.json" --work "$bench/work-queries" --shared "$shared" \
      --warmup "$warmup" --measure "$measure"
  done
fi

if has_part http || has_part jmh; then
  corpus 10k
  if [ "$built_10k" = no ]; then lexical_index 10k; fi
  if [ "$quick" = no ]; then
    if [ "$built_semantic_10k" = no ]; then
      echo "== 10k with embeddings (hybrid), for the HTTP and JMH parts"
      semantic_index 10k
    fi
  fi
fi

if has_part http; then
  echo "== HTTP: wrk against /api/search and /api/health of the same server, 10k chunks"
  run_java dev.faqindex.bench.http.HttpLoadBenchmark --jar "$JAR" --content "$bench/corpus-10k" \
    --index "$bench/index-10k" --label 10k --out "$results/http-10k-lexical.json" --work "$bench/work-http" \
    --shared "$shared" --warmup "$http_warmup" --duration "$http_duration"
  if [ "$quick" = no ]; then
    run_java dev.faqindex.bench.http.HttpLoadBenchmark --jar "$JAR" --content "$bench/corpus-10k" \
      --index "$bench/index-10k-semantic" --semantic --label 10k --out "$results/http-10k-hybrid.json" \
      --work "$bench/work-http" --shared "$shared" --warmup "$http_warmup" --duration "$http_duration"
  fi
fi

if has_part jmh; then
  echo "== JMH: in-process search latency and indexing throughput"
  run_java org.openjdk.jmh.Main 'dev.faqindex.bench.jmh.SearchLatencyBenchmark' "${jmh_opts[@]}" \
    -jvmArgsAppend "--enable-native-access=ALL-UNNAMED -Dfaqindex.log.level=WARN" \
    -p content="$bench/corpus-10k" -p index="$bench/index-10k" -p mode=lexical -p shared="$shared" \
    -rf json -rff "$results/jmh-search-lexical.json"
  if [ "$quick" = no ]; then
    run_java org.openjdk.jmh.Main 'dev.faqindex.bench.jmh.SearchLatencyBenchmark' "${jmh_opts[@]}" \
      -jvmArgsAppend "--enable-native-access=ALL-UNNAMED -Dfaqindex.log.level=WARN" \
      -p content="$bench/corpus-10k" -p index="$bench/index-10k-semantic" -p mode=hybrid -p shared="$shared" \
      -rf json -rff "$results/jmh-search-hybrid.json"
  fi
  if [ "$quick" = no ]; then
    echo "== JMH: query embedding, the shipped embedder beside the model's packaged defaults"
    run_java org.openjdk.jmh.Main 'dev.faqindex.bench.jmh.QueryEmbeddingBenchmark' "${jmh_opts[@]}" \
      -jvmArgsAppend "--enable-native-access=ALL-UNNAMED -Dfaqindex.log.level=WARN" -p shared="$shared" \
      -rf json -rff "$results/jmh-query-embedding.json" | tee "$results/query-embedding.log" | grep -E 'cpu per|^Result'
  fi
  index_corpora="$bench/corpus-10k"
  if [[ ",$sizes," == *",100k,"* ]]; then corpus 100k; index_corpora="$index_corpora,$bench/corpus-100k"; fi
  run_java org.openjdk.jmh.Main 'dev.faqindex.bench.jmh.IndexingBenchmark' "${jmh_index_opts[@]}" \
    -jvmArgsAppend "-Xmx2g --enable-native-access=ALL-UNNAMED -Dfaqindex.log.level=WARN" \
    -p content="$index_corpora" -rf json -rff "$results/jmh-indexing.json"
fi

kill "$sampler" && wait "$sampler" || true
echo "load.after=$(load)" >>"$results/run.properties"
echo "load.note=$(cat "$results/other-work.txt" 2>/dev/null || echo "other work not measured")" >>"$results/run.properties"
echo "== report"
run_java dev.faqindex.bench.report.BenchmarkReport --results "$results" --doc docs/BENCHMARKS.md \
  --plot docs/benchmark-latency.png
