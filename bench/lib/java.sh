# JDK selection and the benchmark classpath (sourced by the bench/ scripts, from the project folder).
# Uses JAVA_HOME if it points at a JDK 21+, else the newest JDK 21+ under /usr/lib/jvm.

java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }'
}

jdk_ok() {
  [ -x "$1/bin/javac" ] && [ "$(java_major "$1/bin/java")" -ge 21 ] 2>/dev/null
}

use_jdk() {
  if [ -z "${JAVA_HOME:-}" ] || ! jdk_ok "$JAVA_HOME"; then
    JAVA_HOME=""
    for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
      candidate=${candidate%/}
      if jdk_ok "$candidate"; then JAVA_HOME=$candidate; break; fi
    done
    [ -n "$JAVA_HOME" ] || { echo "bench: a JDK 21 or newer is required (set JAVA_HOME)" >&2; return 1; }
  fi
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Compiles the bench sources and sets BENCH_CP: test classes, classes and every test-scope dependency.
build_bench_classpath() {
  ./mvnw -B -q test-compile
  local classpath_file=target/bench-classpath.txt
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
  BENCH_CP="target/test-classes:target/classes:$(cat "$classpath_file")"
  export BENCH_CP
}

# DJL (the embedding model's tokenizer) offline and without telemetry: no outbound connections from benchmarks either.
BENCH_JAVA_OPTS=(--enable-native-access=ALL-UNNAMED
  -Dfaqindex.log.level=WARN -Djava.awt.headless=true -Dai.djl.offline=true -DOPT_OUT_TRACKING=true)
