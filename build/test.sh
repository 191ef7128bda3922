#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian's packaged crate sources give an offline pyo3 0.17.3 (and PyO3's own compile-fail tests); Debian's rustc
# gives a real old toolchain (1.63).
missing=()
[ -d /usr/share/cargo/registry ] && ls -d /usr/share/cargo/registry/pyo3-0.17.* >/dev/null 2>&1 || missing+=(librust-pyo3-dev)
[ -x /usr/bin/rustc ] || missing+=(rustc)
[ -x /usr/bin/cargo ] || missing+=(cargo)
# Cross targets for the RuntimeIdentifier tests, built with Debian's rustc: its standard library for
# x86_64-pc-windows-gnu with MinGW's linker, and (Debian multiarch) for aarch64-unknown-linux-gnu with the aarch64 gcc.
[ -d /usr/lib/rustlib/x86_64-pc-windows-gnu ] || missing+=(libstd-rust-dev-windows)
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
[ -d /usr/lib/rustlib/aarch64-unknown-linux-gnu ] || missing+=(libstd-rust-dev:arm64)
command -v aarch64-linux-gnu-gcc >/dev/null || missing+=(gcc-aarch64-linux-gnu)
# sccache for the shared compile cache tests (CargoRustcWrapper).
command -v sccache >/dev/null || missing+=(sccache)
# Python: pyo3's build scripts need an interpreter, the module tests import what was built, the cancel test starts builds through it.
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
  if [[ " ${missing[*]} " == *":arm64 "* ]] && ! dpkg --print-foreign-architectures | grep -qx arm64; then
    as_root dpkg --add-architecture arm64
  fi
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# rust-toolchain.toml files in the tests select Debian's compiler by this name.
if ! rustup toolchain list | grep -q '^debian-1.63'; then
  rustup toolchain link debian-1.63 /usr
fi
for channel in stable nightly; do
  rustup toolchain list | grep -q "^$channel-" || { echo "test.sh: rustup toolchain '$channel' is missing" >&2; exit 1; }
done

# Newer pyo3 releases (0.22, 0.28, 0.29) from Debian's trixie, sid and experimental crate sources, downloaded into a
# cache (never installed). The tests find each registry, and the pyo3 version it holds, in registries.tsv.
cache="${CARGOBUILD_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cargobuild-tests}"
registries="$cache/pyo3/registries.tsv"
mkdir -p "$cache/pyo3"
{
  bookworm="$(find /usr/share/cargo/registry -maxdepth 1 -name 'pyo3-0.17.*' -printf '%f\n' | sed 's/^pyo3-//' | sort -V | tail -n 1)"
  echo "bookworm $bookworm /usr/share/cargo/registry"
  "$root/build/pyo3-registries.sh" "$cache/pyo3"
} > "$registries.partial"
mv "$registries.partial" "$registries"
export CARGOBUILD_PYO3_REGISTRIES="$registries"
cat "$registries"

cd "$root"
dotnet test BuildTasks.sln -c Release "$@"
