#!/usr/bin/env bash
# Relevance benchmark: faq-index against SQLite FTS5, PostgreSQL full-text search and Orama (full-text, vector and
# hybrid) on the same chunks and judged queries, in one run. Prints a Markdown table (see docs/BENCHMARKS.md).
# Usage: bench/relevance.sh [-v] [--shared DIR] [--modes lexical,hybrid] [--pg-tuning] [--no-postgres] [--no-orama]
#   -v            also list, per query set, the queries the engines rank differently
#   --shared DIR  the shared evaluation material (default ../shared, beside the project)
#   --pg-tuning   first compare PostgreSQL's ranking functions on every query set
#   --no-postgres leave PostgreSQL out (it is also left out when not installed)
#   --no-orama    leave Orama out (it is also left out when node or npm is missing; run.sh installs them)
# Needs a JDK 21+: JAVA_HOME if it points at one, else the first JDK 21+ under /usr/lib/jvm. PostgreSQL runs in a
# throwaway cluster (bench/lib/postgres.sh), which needs root (to run it as the postgres user).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/java.sh
source bench/lib/postgres.sh
source bench/lib/orama.sh

args=()
postgres=yes
orama=yes
for arg in "$@"; do
  case "$arg" in
    --no-postgres) postgres=no ;;
    --no-orama) orama=no ;;
    *) args+=("$arg") ;;
  esac
done

use_jdk
if [ -z "$(orama_missing_packages)" ]; then
  orama_install # also for the bench module's tests, which run the peer
  if [ "$orama" = yes ]; then args+=(--orama "$ORAMA_DIR"); fi
elif [ "$orama" = yes ]; then
  echo "Orama left out: node and npm are not installed (bench/run.sh installs them)" >&2
fi
build_bench_classpath
if [ "$postgres" = yes ] && [ -n "$(pg_bin)" ] && [ "$(id -u)" = 0 ]; then
  trap pg_stop EXIT
  pg_start
  args+=(--postgres "$PG_URL")
  echo "PostgreSQL $PG_VERSION, throwaway cluster on port $PG_PORT" >&2
fi
java "${BENCH_JAVA_OPTS[@]}" -cp "$BENCH_CP" dev.faqindex.bench.RelevanceBenchmark "${args[@]}"
