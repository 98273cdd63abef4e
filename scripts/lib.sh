# Shared by scripts/run, scripts/test and scripts/package. Sourced, not executed.
# shellcheck shell=bash
set -euo pipefail

VIGIL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$VIGIL_ROOT"

# Debian 12 packages, by purpose. qt6-charts-dev needs libqt6opengl6-dev and qt6-httpserver-dev
# needs qt6-websockets-dev for their CMake configs, though Debian does not declare it.
# librsvg2-bin renders the PNG icons at build time; dpkg-dev and file let CPack compute Depends.
VIGIL_BUILD_PACKAGES=(cmake ninja-build ccache g++ pkgconf
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite librsvg2-bin dpkg-dev file)
VIGIL_RUNTIME_PACKAGES=(qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite fonts-dejavu-core
  dbus hicolor-icon-theme)
# Translations: Qt's own catalogues (qtbase_de.qm, ...), loaded next to Vigil's embedded ones.
VIGIL_RUNTIME_PACKAGES+=(qt6-translations-l10n)
VIGIL_TEST_PACKAGES=(python3 python3-psutil xvfb xauth x11-utils xdotool dbus libglib2.0-bin
  desktop-file-utils trayer python3-xlib python3-dbusmock stress-ng
  prometheus-node-exporter prometheus-alertmanager prometheus openssl dnsmasq-base appstream lintian)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs whichever of the given Debian packages are missing (one apt-get run, no-op otherwise).
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds the given preset; quick when nothing changed (Ninja + ccache).
build_preset() {
  local preset=$1 dir=$2
  export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/vigil-ccache}"
  export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
  # Paths relative to the checkout, so a fresh clone elsewhere reuses the cache.
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$VIGIL_ROOT}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
  if [ ! -f "$dir/build.ninja" ]; then
    log "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
  fi
  log "Building ($preset)"
  cmake --build "$dir" -j "$(nproc)"
}
