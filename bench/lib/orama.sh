# Orama, the JavaScript peer (sourced by the bench/ scripts, from the project folder): Node and npm from Debian when
# missing (as root), and @orama/orama at the version bench/orama/package-lock.json pins, installed with npm ci.

ORAMA_DIR=bench/orama

# Prints the Debian packages Orama needs that are not installed.
orama_missing_packages() {
  command -v node >/dev/null || echo nodejs
  command -v npm >/dev/null || echo npm
}

# Installs the pinned packages into bench/orama/node_modules unless they are there; fails when node or npm is missing.
orama_install() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "bench: Orama needs node and npm (apt-get install nodejs npm)" >&2
    return 1
  fi
  if [ ! -d "$ORAMA_DIR/node_modules/@orama/orama" ]; then
    echo "== installing @orama/orama (npm ci in $ORAMA_DIR)"
    (cd "$ORAMA_DIR" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The Orama version installed, for the run's record.
orama_version() {
  node -p "require('./$ORAMA_DIR/node_modules/@orama/orama/package.json').version" 2>/dev/null
}
