#!/usr/bin/env bash
# Relevance benchmark: faq-index against SQLite FTS5 and PostgreSQL full-text search on the same chunks and judged
# queries, in one run. Prints a Markdown table (see docs/BENCHMARKS.md).
# Usage: bench/relevance.sh [-v] [--shared DIR] [--modes lexical,hybrid] [--pg-tuning] [--no-postgres]
#   -v            also list, per query set, the queries the engines rank differently
#   --shared DIR  the shared evaluation material (default ../shared, beside the project)
#   --pg-tuning   first compare PostgreSQL's ranking functions on every query set
#   --no-postgres leave PostgreSQL out (it is also left out when not installed)
# Needs a JDK 21+: JAVA_HOME if it points at one, else the first JDK 21+ under /usr/lib/jvm. PostgreSQL runs in a
# throwaway cluster (bench/lib/postgres.sh), which needs root (to run it as the postgres user).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/java.sh
source bench/lib/postgres.sh

args=()
postgres=yes
for arg in "$@"; do
  case "$arg" in
    --no-postgres) postgres=no ;;
    *) args+=("$arg") ;;
  esac
done

use_jdk
build_bench_classpath
if [ "$postgres" = yes ] && [ -n "$(pg_bin)" ] && [ "$(id -u)" = 0 ]; then
  trap pg_stop EXIT
  pg_start
  args+=(--postgres "$PG_URL")
  echo "PostgreSQL $PG_VERSION, throwaway cluster on port $PG_PORT" >&2
fi
java "${BENCH_JAVA_OPTS[@]}" -cp "$BENCH_CP" dev.faqindex.bench.RelevanceBenchmark "${args[@]}"
