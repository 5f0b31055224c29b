#!/usr/bin/env bash
# Relevance benchmark: faq-index against SQLite FTS5 on the same chunks and judged queries, in one run.
# Prints a Markdown table (see docs/BENCHMARKS.md). Usage: bench/relevance.sh [-v] [--shared DIR]
#   -v            also list, per query set, the queries the two engines rank differently
#   --shared DIR  the shared evaluation material (default ../shared, beside the project)
# Needs a JDK 21+: JAVA_HOME if it points at one, else the first JDK 21+ under /usr/lib/jvm.
set -euo pipefail
cd "$(dirname "$0")/.."

java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }'
}

jdk_ok() {
  [ -x "$1/bin/javac" ] && [ "$(java_major "$1/bin/java")" -ge 21 ] 2>/dev/null
}

if [ -z "${JAVA_HOME:-}" ] || ! jdk_ok "$JAVA_HOME"; then
  JAVA_HOME=""
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    if jdk_ok "$candidate"; then JAVA_HOME=$candidate; break; fi
  done
  [ -n "$JAVA_HOME" ] || { echo "bench/relevance.sh: a JDK 21 or newer is required (set JAVA_HOME)" >&2; exit 1; }
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

./mvnw -B -q test-compile
classpath_file=target/bench-classpath.txt
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null

exec java --enable-native-access=ALL-UNNAMED -Dfaqindex.log.level=WARN \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  dev.faqindex.bench.RelevanceBenchmark "$@"
