#!/usr/bin/env bash
# Re-records the real compiler output of the crates in crates/ (old-API crates and controls) against Debian's pyo3
# 0.17.3 (apt-get install librust-pyo3-dev), offline. Each <case>.jsonl is cargo's stdout, exactly as printed; a case
# that cargo rejects before rustc runs (an unknown feature) also keeps cargo's stderr as <case>.stderr.txt.
# The crates are built under a fixed root so that recorded paths are stable: /tmp/cargobuild-pyo3-fixtures.
# They share one target folder, so pyo3 is compiled once (about 20 s), then each case takes a second or two.
# Usage: record.sh [case ...]   (default: every crate)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=/tmp/cargobuild-pyo3-fixtures
mkdir -p "$root/.cargo" "$root/crates"
cat > "$root/.cargo/config.toml" <<'TOML'
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "/usr/share/cargo/registry"

[net]
offline = true
TOML

if [ "$#" -eq 0 ]; then
  set -- $(cd "$here/crates" && ls -d */ | tr -d /)
fi

for case_name in "$@"; do
  rm -rf "$root/crates/$case_name"
  cp -r "$here/crates/$case_name" "$root/crates/$case_name"
  rm -f "$here/$case_name.stderr.txt"
  status=0
  (cd "$root/crates/$case_name" && CARGO_TARGET_DIR="$root/target" cargo +stable build --message-format=json) \
    > "$here/$case_name.jsonl" 2> "$root/$case_name.stderr.txt" || status=$?
  messages=$(grep -c '"reason":"compiler-message"' "$here/$case_name.jsonl" || true)
  if [ "$status" -ne 0 ] && [ "$messages" -eq 0 ]; then
    # cargo's own error: keep stderr without the progress lines, which differ from run to run.
    grep -v -E '^\s+(Compiling|Finished|Blocking|Locking|Adding|Updating) ' "$root/$case_name.stderr.txt" > "$here/$case_name.stderr.txt"
  fi
  if [ ! -s "$here/$case_name.jsonl" ]; then
    rm "$here/$case_name.jsonl"
  fi
  echo "$case_name: exit $status, $messages compiler messages"
done
rustc +stable --version > "$here/recorded-with.txt"
