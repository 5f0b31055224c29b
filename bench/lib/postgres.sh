# A throwaway PostgreSQL cluster for the benchmark (sourced by bench/run.sh and bench/relevance.sh).
# PostgreSQL refuses to run as root, so the cluster belongs to the postgres user, in a temporary folder, listening on
# 127.0.0.1 at a free port with trust authentication; pg_stop removes it. Settings are tuned for a fair read-mostly
# benchmark on this machine: the data set fits in shared_buffers, JIT off (it compiles each ranking query anew),
# durability off (the cluster is thrown away; it only speeds up loading, never queries).

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

pg_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Starts the cluster; sets PG_DIR, PG_PORT and PG_URL (a JDBC url).
pg_start() {
  local bin
  bin=$(pg_bin)
  [ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; return 1; }
  PG_DIR=$(mktemp -d /tmp/faq-index-pg.XXXXXX)
  chown postgres: "$PG_DIR"
  PG_PORT=$(pg_free_port)
  runuser -u postgres -- "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  cat >>"$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
shared_buffers = 2GB
effective_cache_size = 8GB
work_mem = 64MB
maintenance_work_mem = 1GB
jit = off
fsync = off
synchronous_commit = off
full_page_writes = off
max_wal_size = 8GB
checkpoint_timeout = 30min
CONF
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres"
  PG_VERSION=$("$bin/postgres" --version | awk '{print $3}')
  export PG_DIR PG_PORT PG_URL PG_VERSION
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
