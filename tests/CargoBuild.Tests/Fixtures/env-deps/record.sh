#!/usr/bin/env bash
# Re-records what cargo keeps about the environment a build read, for the unit tests: cargo's stdout
# (build.stdout.jsonl, then fresh.stdout.jsonl of a second build that finds everything fresh), and, at their paths
# under cargo-target/ (the build's target folder), the build script's output file and rustc's dep-info files of the
# workspace's own crates, from a real build of a crate with a build script (rerun-if-env-changed in both
# syntaxes, rustc-env) and env!/option_env! in a path dependency. The crates are written under a fixed root, so
# recorded paths are stable: /tmp/cargobuild-env-deps-fixtures. Needs rustup's stable toolchain.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=/tmp/cargobuild-env-deps-fixtures
rm -rf "$root" && mkdir -p "$root/flavoured/src" "$root/helper/src"

printf '[package]\nname = "fixture_flavoured"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfixture_helper = { path = "../helper" }\n\n[lib]\ncrate-type = ["cdylib"]\n' > "$root/flavoured/Cargo.toml"
cat > "$root/flavoured/build.rs" <<'RS'
fn main() {
    println!("cargo:rerun-if-env-changed=FIXTURE_FLAVOUR");
    println!("cargo::rerun-if-env-changed=FIXTURE_UNSET_IN_BUILD_SCRIPT");
    let flavour = std::env::var("FIXTURE_FLAVOUR").unwrap_or_default();
    println!("cargo:rustc-env=FIXTURE_BAKED_FLAVOUR={flavour}");
}
RS
cat > "$root/flavoured/src/lib.rs" <<'RS'
#[no_mangle]
pub extern "C" fn flavour_length() -> usize {
    env!("FIXTURE_BAKED_FLAVOUR").len() + env!("FIXTURE_X").len() + fixture_helper::helper_length()
}
RS
printf '[package]\nname = "fixture_helper"\nversion = "0.1.0"\nedition = "2021"\n' > "$root/helper/Cargo.toml"
cat > "$root/helper/src/lib.rs" <<'RS'
pub fn helper_length() -> usize {
    option_env!("FIXTURE_HELPER_UNSET").map_or(0, str::len) + option_env!("FIXTURE_HELPER").map_or(0, str::len)
}
RS

cd "$root/flavoured"
env -u FIXTURE_HELPER_UNSET -u FIXTURE_UNSET_IN_BUILD_SCRIPT FIXTURE_FLAVOUR=vanilla FIXTURE_X=x FIXTURE_HELPER='a: b\c' \
  CARGO_TARGET_DIR="$root/target" CARGO_TERM_COLOR=never cargo +stable build --message-format=json > "$here/build.stdout.jsonl"
# A cdylib's dep-info is deps/<crate>.d; a library's has cargo's hash in its name, deps/<crate>-<hash>.d.
rm -rf "$here/cargo-target" "$here"/*.d "$here/build-script-output.txt"
(cd "$root/target" && { find debug/build -name output; find debug/deps -name '*.d'; } | while read -r file; do
  mkdir -p "$here/cargo-target/$(dirname "$file")" && cp "$file" "$here/cargo-target/$file"; done)
# Nothing changed: cargo finds every unit fresh, and still reports the build script's run.
env -u FIXTURE_HELPER_UNSET -u FIXTURE_UNSET_IN_BUILD_SCRIPT FIXTURE_FLAVOUR=vanilla FIXTURE_X=x FIXTURE_HELPER='a: b\c' \
  CARGO_TARGET_DIR="$root/target" CARGO_TERM_COLOR=never cargo +stable build --message-format=json > "$here/fresh.stdout.jsonl"
rustc +stable --version > "$here/recorded-with.txt"
