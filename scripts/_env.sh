# Shared by scripts/run and scripts/test: make .venv and install what is missing.
# Sourced, not run. Reinstalls only when pyproject.toml changes (its hash is kept in .venv).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3

# Qt needs a few system libraries even offscreen; install them when missing (Debian/Ubuntu).
ensure_apt() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Faltan paquetes del sistema: ${missing[*]} (instálelos con su gestor de paquetes)" >&2
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Instalando paquetes del sistema: ${missing[*]}"
    $sudo apt-get update -qq >/dev/null || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
    # "dev" (scripts/test, scripts/package) or "build" (scripts/run): the exact versions of
    # requirements-dev.lock or requirements.lock (scripts/lock), checked against their hashes,
    # then this tree, editable, built with those same locked tools (no build isolation: the
    # build would otherwise fetch the newest setuptools, Babel and PySide6).
    local extras="$1"
    local lock="$ROOT/requirements.lock"
    [ "$extras" = "dev" ] && lock="$ROOT/requirements-dev.lock"
    if [ ! -x "$VENV/bin/python" ]; then
        echo "Creando entorno en $VENV"
        "$PY" -m venv "$VENV"
    fi
    local want
    want="$(cat "$ROOT/pyproject.toml" "$lock" | sha256sum | cut -c1-16)-$extras"
    if [ "$(cat "$VENV/.installed" 2>/dev/null)" != "$want" ]; then
        echo "Instalando dependencias ($extras, $(basename "$lock"))"
        "$VENV/bin/python" -m pip install -q --require-hashes -r "$lock"
        "$VENV/bin/python" -m pip install -q --no-deps --no-build-isolation -e "$ROOT"
        echo "$want" > "$VENV/.installed"
    fi
}

build_translations() {
    # .qm (window) and .mo (app/: errors, papers, command line) files are built, never
    # committed: each area keeps its own .po, and a compiled file would conflict on every merge.
    "$VENV/bin/python" "$ROOT/scripts/catalogs.py"
}
