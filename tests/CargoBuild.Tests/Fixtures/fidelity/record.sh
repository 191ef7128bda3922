#!/usr/bin/env bash
# Re-records the real compiler output of the crates in crates/, which make rustc say what CargoBuild must show
# faithfully: a message of several lines, twins (one diagnostic emitted several times at one place, each with part of
# the notes), a PyO3 attribute that locates its code at the user's argument, and a help whose suggestion has several
# parts. pyo3-fidelity is built against each real pyo3 release build/test.sh provides offline (registries.tsv, from
# Debian's trixie, sid and experimental crate sources), rustc-fidelity needs no crate at all.
# Each <crate>-<pyo3 version>.jsonl (rustc-fidelity.jsonl) is cargo's stdout, exactly as printed. The crates are built
# under a fixed root so that recorded paths are stable: /tmp/cargobuild-fidelity-fixtures, one target folder per
# pyo3 version (pyo3 compiles once, then a case takes a second or two).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=/tmp/cargobuild-fidelity-fixtures
registries="${PYO3_REGISTRIES:-$HOME/.cache/cargobuild-tests/pyo3/registries.tsv}"
mkdir -p "$root"

record() { # name, crate folder, target folder
  local name="$1" folder="$2" target="$3"
  (cd "$folder" && CARGO_TARGET_DIR="$target" CARGO_TERM_COLOR=never cargo +stable build --message-format=json \
    > "$here/$name.jsonl" 2> "$root/$name.stderr.txt") || true
  echo "$name: $(grep -c '"reason":"compiler-message"' "$here/$name.jsonl" || true) compiler messages"
}

for version in 0.22.6 0.28.2 0.29.3; do
  registry=$(awk -v version="$version" '$2 == version { print $3 }' "$registries")
  folder="$root/pyo3-$version"
  rm -rf "$folder" && mkdir -p "$folder/.cargo"
  printf '[source.crates-io]\nreplace-with = "registry"\n\n[source.registry]\ndirectory = "%s"\n\n[net]\noffline = true\n' "$registry" \
    > "$folder/.cargo/config.toml"
  cp -r "$here/crates/pyo3-fidelity" "$folder/pyo3-fidelity"
  sed -i "s/^pyo3 = { version = \"\\*\"/pyo3 = { version = \"=$version\"/" "$folder/pyo3-fidelity/Cargo.toml"
  record "pyo3-fidelity-$version" "$folder/pyo3-fidelity" "$root/target-$version"
done

rm -rf "$root/rustc-fidelity" && cp -r "$here/crates/rustc-fidelity" "$root/rustc-fidelity"
record rustc-fidelity "$root/rustc-fidelity" "$root/target-rustc"
rustc +stable --version > "$here/recorded-with.txt"
