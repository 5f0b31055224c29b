#!/usr/bin/env bash
# Soak: the packaged server with its production limits (rate limiting on) and a 256 MB heap, on loopback, under
# 10 minutes of normal traffic from 4 clients (search, suggest, retrieve, chunks, article pages, MCP tools; each from
# a loopback address of its own, within the rate limit) mixed with hostile traffic (made-up methods, 50 KB MCP
# initialize calls, malformed and oversized bodies, method overrides, 60 KB query strings, a flood from one address,
# and hostile clients spread over thousands of loopback addresses). Heap, open files and threads are sampled every
# 5 s, the live heap after a full GC every minute. Prints a Markdown table (see docs/BENCHMARKS.md, "Soak") and exits
# 1 when a normal request failed or the live heap or open files grew.
# Usage: bench/soak.sh [--minutes 10] [--heap 256m] [--normal 4] [--content content]
# Needs a JDK 21+ and Linux (source addresses across 127.0.0.0/8, /proc for open files). Not part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/java.sh

use_jdk
build_bench_classpath
mkdir -p target/bench/soak
java "${BENCH_JAVA_OPTS[@]}" -cp "$BENCH_CP" dev.faqindex.bench.soak.SoakBenchmark --jar target/faq-index.jar \
  --work target/bench/soak --out target/bench/soak/soak.json "$@"
