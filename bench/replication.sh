#!/usr/bin/env bash
# Replication figures: a primary and a replica of the packaged server (target/faq-index.jar) on loopback, over a
# generated corpus (default 100k chunks, lexical only: embedding 100k chunks takes the better part of an hour here).
# Prints: the primary's first build; a fresh replica's catch-up (copying the whole index) until /api/ready is 200;
# a replica killed with SIGKILL, an edit made meanwhile, and its restart until ready (copying only the new commit);
# and an edit on the primary until a search on the replica finds it. Requests through nginx while a replica is lost
# are measured by ReplicasBehindNginxTest (it prints them).
#
# Usage: bench/replication.sh [--chunks 100k] [--semantic]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/java.sh

chunks=100k
semantic=false
while [ $# -gt 0 ]; do
  case "$1" in
    --chunks) chunks=$2; shift ;;
    --semantic) semantic=true ;;
    *) echo "usage: bench/replication.sh [--chunks 100k] [--semantic]" >&2; exit 2 ;;
  esac
  shift
done

use_jdk
build_bench_classpath
work=target/bench/replication-$chunks
mkdir -p "$work"
java "${BENCH_JAVA_OPTS[@]}" -cp "$BENCH_CP" dev.faqindex.bench.corpus.CorpusGenerator --chunks "$chunks" \
  --out "$work/content" --reuse
rm -rf "$work/primary" "$work/replica"
mkdir -p "$work/primary" "$work/replica"
cp -r "$work/content" "$work/primary/content"

export FAQ_INDEX_REPLICATION_TOKEN=bench-replication-token-0123
export FAQ_INDEX_SEMANTIC=$semantic FAQ_INDEX_LIMITS_RATE_PER_MINUTE=0 FAQ_INDEX_ACCESS_LOG=false
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
primary_port=$(free_port)
replica_port=$(free_port)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
await_ready() { # port, timeout in seconds
  local deadline=$(( $(date +%s) + $2 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/api/ready")" = 200 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "port $1 not ready within $2 s" >&2; exit 1; }
    sleep 0.05
  done
}
start_primary() {
  java "${BENCH_JAVA_OPTS[@]}" -jar target/faq-index.jar serve --role primary --port "$primary_port" \
    --content "$work/primary/content" --index "$work/primary/index" >>"$work/primary.log" 2>&1 &
  primary_pid=$!; pids+=("$primary_pid")
}
start_replica() {
  java "${BENCH_JAVA_OPTS[@]}" -jar target/faq-index.jar serve --role replica --port "$replica_port" \
    --primary "http://127.0.0.1:$primary_port" --content "$work/replica/content" --index "$work/replica/index" \
    >>"$work/replica.log" 2>&1 &
  replica_pid=$!; pids+=("$replica_pid")
}
hits() { # port, word
  curl -s "http://127.0.0.1:$1/api/search?q=$2&mode=lexical&analytics=false" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin).get("total", 0))'
}
edit() { # word: a new article on the primary
  printf -- '---\ntitle: Note %s\n---\n\nA short note.\n\n## About %s\n\nThe word %s appears here only.\n' \
    "$1" "$1" "$1" >"$work/primary/content/note-$1.md"
}

start=$(now_ms); start_primary; await_ready "$primary_port" 3600
echo "primary: first build of $chunks chunks and ready in $(( $(now_ms) - start )) ms"
start=$(now_ms); start_replica; await_ready "$replica_port" 3600
echo "fresh replica: caught up (whole index, $(du -sh "$work/replica/index" | cut -f1)) and ready in $(( $(now_ms) - start )) ms"

kill -9 "$replica_pid"; wait "$replica_pid" 2>/dev/null || true
edit zyxwvut
until [ "$(hits "$primary_port" zyxwvut)" != 0 ]; do sleep 0.05; done
start=$(now_ms); start_replica; await_ready "$replica_port" 3600
[ "$(hits "$replica_port" zyxwvut)" != 0 ] || { echo "restarted replica misses the edit" >&2; exit 1; }
echo "replica killed (SIGKILL), edit made, restarted: caught up and ready in $(( $(now_ms) - start )) ms"

for word in qwertzu asdfghj jklmnbv; do
  start=$(now_ms); edit "$word"
  until [ "$(hits "$replica_port" "$word")" != 0 ]; do sleep 0.02; done
  echo "edit on the primary to searchable on the replica: $(( $(now_ms) - start )) ms"
done
grep -h "Revision .* serving" "$work/replica.log" | tail -4
