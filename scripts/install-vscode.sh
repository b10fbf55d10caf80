#!/usr/bin/env bash
# Installs what the end-to-end tests need to run the extension in a real VS Code on an offline machine
# (see shared/docs/real-vscode.md): Debian packages (Chromium, ripgrep, a native-addon toolchain) and
# code-server (VS Code 1.100.3 server + web workbench) from npm into the git-ignored folder
# .vscode-test/code-server, which is NOT a dependency of the extension.
#
# Idempotent: when the pinned version is installed and was verified, it returns in well under a second.
# Must work as root with no tty (CI). Set WIRECHECK_SKIP_APT=1 to skip the Debian packages step.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# Versions of @vscode/ripgrep and of the rg release it wants for this code-server (pre-seeded below; the
# real ones are read back from the installed files afterwards, and the fallback uses those).
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_RG_VERSION=v13.0.0-10
APT_PACKAGES=(build-essential python3 pkg-config libkrb5-dev ripgrep chromium)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/.vscode-test/code-server"
MARKER="$DEST/.wirecheck-installed"
CS_PKG="$DEST/node_modules/code-server"
VSCODE_DIR="$CS_PKG/lib/vscode"
RG_DIR="$VSCODE_DIR/node_modules/@vscode/ripgrep"

log() { printf 'install-vscode: %s\n' "$*"; }
die() { printf 'install-vscode: ERROR: %s\n' "$*" >&2; exit 1; }

installed_ok() {
  [[ -f "$MARKER" ]] && [[ "$(cat "$MARKER")" == "$CODE_SERVER_VERSION" ]] &&
    [[ -x "$RG_DIR/bin/rg" ]] &&
    [[ -f "$CS_PKG/out/node/entry.js" ]] &&
    [[ -f "$CS_PKG/package.json" ]] &&
    grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS_PKG/package.json"
}

# ---- 1. Debian packages -------------------------------------------------------------------------
missing_packages() {
  local p
  for p in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      printf '%s\n' "$p"
    fi
  done
}

ensure_debian_packages() {
  if [[ "${WIRECHECK_SKIP_APT:-0}" == 1 ]]; then return; fi
  if ! command -v dpkg-query >/dev/null; then
    log "no dpkg-query: not a Debian machine, skipping the Debian packages (install them yourself: ${APT_PACKAGES[*]})"
    return
  fi
  local missing
  missing="$(missing_packages | tr '\n' ' ')"
  if [[ -z "${missing// /}" ]]; then return; fi
  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || die "Debian packages missing ($missing) and not root: install them"
    sudo=(sudo -n)
  fi
  log "apt-get install $missing"
  local t0=$SECONDS
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  # shellcheck disable=SC2086
  "${sudo[@]}" apt-get install -y -qq $missing >/dev/null
  log "Debian packages installed in $((SECONDS - t0)) s"
}

# ---- 2. code-server -----------------------------------------------------------------------------
rg_target() {
  case "$(uname -m)" in
    x86_64) echo x86_64-unknown-linux-musl ;;
    aarch64 | arm64) echo aarch64-unknown-linux-musl ;;
    *) echo "$(uname -m)-unknown-linux-gnu" ;;
  esac
}

# Puts a tarball holding Debian's rg where @vscode/ripgrep's postinstall looks before downloading:
# $TMPDIR/vscode-ripgrep-cache-<pkgver>/ripgrep-<rgver>-<target>.tar.gz
seed_ripgrep_cache() {
  local pkgver="$1" rgver="$2" tmp="$3"
  local cache="$tmp/vscode-ripgrep-cache-$pkgver"
  local tarball="$cache/ripgrep-$rgver-$(rg_target).tar.gz"
  [[ -f "$tarball" ]] && return
  local rg_bin
  rg_bin="$(command -v rg || true)"
  [[ -n "$rg_bin" ]] || die "ripgrep (rg) is not installed"
  mkdir -p "$cache" "$tmp/rg-stage"
  cp "$rg_bin" "$tmp/rg-stage/rg"
  chmod 755 "$tmp/rg-stage/rg"
  tar -czf "$tarball" -C "$tmp/rg-stage" rg
  rm -rf "$tmp/rg-stage"
}

install_code_server() {
  local t0=$SECONDS
  log "installing code-server@$CODE_SERVER_VERSION into ${DEST#"$ROOT"/} (about a minute)"
  mkdir -p "$DEST"
  rm -f "$MARKER"
  # A package.json of its own, so this folder is its own npm project. allowScripts lists the install
  # scripts that must run (npm 11 runs unlisted ones with a notice, and refuses them under
  # strict-allow-scripts); older npm ignores the field.
  cat >"$DEST/package.json" <<JSON
{
  "name": "wirecheck-vscode-test",
  "private": true,
  "description": "code-server for Wirecheck's end-to-end tests (installed by scripts/install-vscode.sh)",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
  local tmp="$DEST/.tmp"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  seed_ripgrep_cache "$RIPGREP_PKG_VERSION" "$RIPGREP_RG_VERSION" "$tmp"

  local npm_log="$DEST/npm-install.log"
  # Quirks (real-vscode.md): unsafe_perm for code-server's root check, yes for node-pty's `npx node-gyp`,
  # TMPDIR for the pre-seeded ripgrep tarball. The nested `npm install`s that code-server's postinstall
  # runs in lib/vscode and lib/vscode/extensions inherit this environment.
  if ! (
    cd "$DEST" &&
      TMPDIR="$tmp" \
        npm_config_unsafe_perm=true \
        npm_config_yes=true \
        npm_config_strict_allow_scripts=false \
        npm_config_audit=false \
        npm_config_fund=false \
        npm_config_update_notifier=false \
        npm_config_progress=false \
        npm install --foreground-scripts --loglevel=warn >"$npm_log" 2>&1
  ); then
    tail -n 60 "$npm_log" >&2
    die "npm install of code-server failed (full log: $npm_log)"
  fi
  if grep -q 'not yet covered by allowScripts' "$npm_log"; then
    log "note: npm reported install scripts not covered by allowScripts (they ran with a notice; see $npm_log)"
  fi

  [[ -f "$CS_PKG/out/node/entry.js" ]] || die "code-server not found after install (log: $npm_log)"
  [[ -d "$VSCODE_DIR/node_modules" ]] ||
    die "code-server's postinstall did not install lib/vscode's modules (log: $npm_log)"
  local pty_node
  pty_node="$(find "$VSCODE_DIR/node_modules/node-pty/build" -name pty.node 2>/dev/null | head -n 1 || true)"
  [[ -n "$pty_node" ]] || die "node-pty was not built (its postinstall did not run?; log: $npm_log)"

  # If ripgrep's postinstall did not find the seeded tarball (other versions than pinned above), read the
  # versions it wants from the installed files, seed them, and run its postinstall again.
  if [[ ! -x "$RG_DIR/bin/rg" ]]; then
    local pkgver rgver
    pkgver="$(node -p "require('$RG_DIR/package.json').version")"
    rgver="$(sed -n "s/^const VERSION = '\\(.*\\)';*\$/\\1/p" "$RG_DIR/lib/postinstall.js" | head -n 1)"
    log "ripgrep binary missing: seeding ripgrep $rgver for @vscode/ripgrep $pkgver"
    if [[ -n "$rgver" ]]; then
      seed_ripgrep_cache "$pkgver" "$rgver" "$tmp"
      (cd "$RG_DIR" && TMPDIR="$tmp" node lib/postinstall.js) >>"$npm_log" 2>&1 || true
    fi
    if [[ ! -x "$RG_DIR/bin/rg" ]]; then
      mkdir -p "$RG_DIR/bin"
      cp "$(command -v rg)" "$RG_DIR/bin/rg"
      chmod 755 "$RG_DIR/bin/rg"
    fi
  fi
  rm -rf "$tmp"
  log "code-server installed in $((SECONDS - t0)) s ($(du -sh "$DEST" | cut -f1))"
}

verify_code_server() {
  log "verifying that code-server starts and /healthz answers"
  node "$ROOT/scripts/lib/codeServer.mjs" --check || die "code-server did not start (see above)"
}

main() {
  if installed_ok && [[ "${1:-}" != --force ]]; then
    # Debian packages may have been removed since (a new machine keeps no apt state): check cheaply.
    if [[ "${WIRECHECK_SKIP_APT:-0}" == 1 ]] || [[ -z "$(missing_packages 2>/dev/null | tr -d '\n')" ]]; then
      log "code-server@$CODE_SERVER_VERSION already installed"
      return
    fi
  fi
  ensure_debian_packages
  if ! installed_ok || [[ "${1:-}" == --force ]]; then
    install_code_server
    verify_code_server
    echo "$CODE_SERVER_VERSION" >"$MARKER"
  fi
  log "ready: $CS_PKG"
}

main "$@"
