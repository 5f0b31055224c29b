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

# Builds the benchmarks against the jar they measure and sets BENCH_CP: installs faq-index (the shipped jar) in the
# local Maven repository, builds the bench module (bench/pom.xml) and runs its tests, and lists its classes and
# dependencies.
build_bench_classpath() {
  ./mvnw -B -q install -DskipTests
  ./mvnw -B -q -f bench/pom.xml test
  local classpath_file=bench/target/classpath.txt
  ./mvnw -B -q -f bench/pom.xml dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$PWD/$classpath_file" >/dev/null
  BENCH_CP="bench/target/classes:$(cat "$classpath_file")"
  export BENCH_CP
}

# DJL (the embedding model's tokenizer) offline and without telemetry: no outbound connections from benchmarks either.
BENCH_JAVA_OPTS=(--enable-native-access=ALL-UNNAMED
  -Dfaqindex.log.level=WARN -Djava.awt.headless=true -Dai.djl.offline=true -DOPT_OUT_TRACKING=true)
