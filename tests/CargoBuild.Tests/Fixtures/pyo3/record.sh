#!/usr/bin/env bash
# Re-records the real compiler output of the old-API crates in crates/ against Debian's pyo3 0.17.3
# (apt-get install librust-pyo3-dev). Each <case>.jsonl is cargo's stdout, exactly as printed.
# The crates are built under a fixed root so that recorded paths are stable: /tmp/cargobuild-pyo3-fixtures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=/tmp/cargobuild-pyo3-fixtures
rm -rf "$root/crates" && mkdir -p "$root/.cargo"
cp -r "$here/crates" "$root/crates"
cat > "$root/.cargo/config.toml" <<'TOML'
[source.crates-io]
replace-with = "debian-packages"

[source.debian-packages]
directory = "/usr/share/cargo/registry"

[net]
offline = true
TOML
for crate in "$root"/crates/*/; do
  case_name="$(basename "$crate")"
  (cd "$crate" && CARGO_TARGET_DIR="$root/target" cargo +stable build --message-format=json 2>/dev/null) > "$here/$case_name.jsonl" || true
  echo "$case_name: $(grep -c '"reason":"compiler-message"' "$here/$case_name.jsonl") compiler messages"
done
rustc +stable --version > "$here/recorded-with.txt"
