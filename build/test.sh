#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian's packaged crate sources give an offline pyo3 0.17.3; Debian's rustc gives a real old toolchain (1.63).
missing=()
[ -d /usr/share/cargo/registry ] && ls -d /usr/share/cargo/registry/pyo3-0.17.* >/dev/null 2>&1 || missing+=(librust-pyo3-dev)
[ -x /usr/bin/rustc ] || missing+=(rustc)
[ -x /usr/bin/cargo ] || missing+=(cargo)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
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

cd "$root"
dotnet test BuildTasks.sln -c Release "$@"
