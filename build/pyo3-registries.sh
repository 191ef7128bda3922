#!/usr/bin/env bash
# Provides offline crate registries with newer pyo3 releases, from Debian's packaged crate sources, without installing
# anything: per suite a private apt list, the librust-* closure of librust-pyo3-dev downloaded into a cache, and each
# .deb unpacked into a root whose usr/share/cargo/registry is a cargo directory source.
#   trixie → pyo3 0.22.x, sid → 0.28.x, experimental → sid's closure plus experimental's librust-pyo3* (0.29.x).
# Usage: pyo3-registries.sh CACHE_DIR. Prints one line per registry: "<suite> <pyo3 version> <registry folder>".
# A registry that is complete (its .done marker) is reused; the first run takes about a minute, downloads ~110 MB
# (package lists and packages) and unpacks to ~0.8 GB.
set -euo pipefail
cache="${1:?usage: pyo3-registries.sh CACHE_DIR}"
mkdir -p "$cache"
cache="$(cd "$cache" && pwd)"

apt_for() {
  local suite="$1" state="$cache/apt/$1"
  echo "-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$state/sources.list.d -o Dir::State::Lists=$state/lists"
  echo "-o Dir::State::status=/dev/null -o Dir::Cache=$state/cache -o Debug::NoLocking=1 -o APT::Sandbox::User=root"
}

update_lists() {
  local suite="$1" state="$cache/apt/$1"
  [ -f "$state/updated" ] && return 0
  mkdir -p "$state/sources.list.d" "$state/lists/partial" "$state/cache/archives/partial"
  cat > "$state/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: http://deb.debian.org/debian
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  # shellcheck disable=SC2046
  apt-get $(apt_for "$suite") -qq update
  touch "$state/updated"
}

# The librust-* packages librust-pyo3-dev needs in a suite (or just the pyo3 ones, with a filter).
closure() {
  local suite="$1" filter="$2"
  # shellcheck disable=SC2046
  apt-cache $(apt_for "$suite") depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
      --no-replaces --no-enhances librust-pyo3-dev \
    | grep -E '^librust-' | grep -E "$filter" | sort -u
}

download() {
  local suite="$1"; shift
  local debs="$cache/debs/$suite"
  mkdir -p "$debs"
  # One apt-get call for every package not downloaded yet (the closure lists real packages only).
  local wanted=()
  for package in "$@"; do
    compgen -G "$debs/${package}_*.deb" >/dev/null || wanted+=("$package")
  done
  [ ${#wanted[@]} -eq 0 ] && return 0
  # shellcheck disable=SC2046
  (cd "$debs" && apt-get $(apt_for "$suite") -qq download "${wanted[@]}")
}

unpack() {
  local root="$1"; shift
  for deb in "$@"; do dpkg -x "$deb" "$root"; done
}

registry() {
  local name="$1" root="$cache/roots/$1"
  if [ ! -f "$root/.done" ]; then
    rm -rf "$root"
    mkdir -p "$root"
    case "$name" in
      trixie|sid)
        update_lists "$name"
        mapfile -t packages < <(closure "$name" .)
        download "$name" "${packages[@]}"
        unpack "$root" "$cache/debs/$name"/*.deb
        ;;
      experimental)
        registry sid >/dev/null
        update_lists experimental
        download experimental librust-pyo3-dev librust-pyo3-ffi-dev librust-pyo3-build-config-dev \
          librust-pyo3-macros-dev librust-pyo3-macros-backend-dev
        unpack "$root" "$cache/debs/sid"/*.deb "$cache/debs/experimental"/*.deb
        ;;
    esac
    touch "$root/.done"
  fi
  local registry="$root/usr/share/cargo/registry"
  local version
  version="$(find "$registry" -maxdepth 1 -name 'pyo3-[0-9]*' -printf '%f\n' | sed 's/^pyo3-//' | sort -V | tail -n 1)"
  echo "$name $version $registry"
}

for suite in trixie sid experimental; do
  registry "$suite"
done
