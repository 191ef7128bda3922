#!/usr/bin/env bash
# Re-records real cargo output for the unit tests: for each case, cargo's stdout (<case>.stdout.jsonl) and stderr
# (<case>.stderr.txt), exactly as printed. The crates are written here, under a fixed root, so recorded paths are
# stable: /tmp/cargobuild-cargo-fixtures. Needs rustup's stable toolchain and Debian's rustc (debian-1.63).
# RUST_BACKTRACE is unset except for the cases that record a backtrace on purpose (BACKTRACE=1 or full).
# Also records rustup's stderr for `rustc -vV` with an uninstalled toolchain (<case>.stderr.txt only).
set -euo pipefail
unset RUST_BACKTRACE
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=/tmp/cargobuild-cargo-fixtures
rm -rf "$root" && mkdir -p "$root"

crate() { # name, manifest extra, lib.rs
  mkdir -p "$root/$1/src"
  printf '[package]\nname = "fixture_%s"\nversion = "0.1.0"\nedition = "2021"\n%s\n[lib]\ncrate-type = ["cdylib", "rlib"]\n' "${1//-/_}" "$2" > "$root/$1/Cargo.toml"
  printf '%s\n' "$3" > "$root/$1/src/lib.rs"
}

record() { # case, folder, toolchain, cargo arguments...
  local name="$1" folder="$2" toolchain="$3"; shift 3
  (cd "$folder" && env ${BACKTRACE:+RUST_BACKTRACE="$BACKTRACE"} CARGO_TARGET_DIR="$root/target" CARGO_TERM_COLOR=never cargo "+$toolchain" build --message-format=json "$@" \
    > "$here/$name.stdout.jsonl" 2> "$here/$name.stderr.txt") || true
}

crate type-error "" 'pub fn broken() -> i32 {
    let value: i32 = "not a number";
    value
}'
crate warnings "" 'pub fn answer() -> i32 {
    let unused = 1;
    42
}

fn never_called() {}'
crate macro-error "" 'macro_rules! make_number {
    ($name:ident) => {
        let $name: i32 = "not a number";
    };
}

pub fn broken() -> i32 {
    make_number!(value);
    value
}

pub struct Plain;

pub fn show() {
    println!("{}", Plain);
}'
crate build-script-failure 'build = "build.rs"' 'pub fn f() {}'
printf 'fn main() {\n    eprintln!("checking the native toolchain");\n    panic!("libexample was not found");\n}\n' > "$root/build-script-failure/build.rs"
crate manifest-error 'license = 12' 'pub fn f() {}'
crate msrv 'rust-version = "1.999"' 'pub fn f() {}'

mkdir -p "$root/workspace-space/my member/src"
printf '[workspace]\nmembers = ["my member"]\n' > "$root/workspace-space/Cargo.toml"
printf '[package]\nname = "fixture_member"\nversion = "0.1.0"\nedition = "2021"\n' > "$root/workspace-space/my member/Cargo.toml"
printf 'pub fn broken() -> i32 {\n    let value: i32 = "not a number";\n    value\n}\n' > "$root/workspace-space/my member/src/lib.rs"

# Debian's cargo first, before a newer cargo writes a lock file it cannot read; then that very case on purpose.
cp -r "$root/type-error" "$root/old-toolchain"
record old-toolchain-type-error "$root/old-toolchain" debian-1.63
record old-toolchain-manifest-error "$root/manifest-error" debian-1.63

for case in type-error warnings macro-error build-script-failure manifest-error msrv; do
  record "$case" "$root/$case" stable
done
BACKTRACE=1 record build-script-backtrace "$root/build-script-failure" stable
BACKTRACE=full record build-script-backtrace-full "$root/build-script-failure" stable
record workspace-space "$root/workspace-space" stable
mkdir -p "$root/uninstalled-toolchain"
printf '[toolchain]\nchannel = "cargobuild-not-installed"\n' > "$root/uninstalled-toolchain/rust-toolchain.toml"
for backtrace in 0 1; do
  (cd "$root/uninstalled-toolchain" && RUST_BACKTRACE=$backtrace RUSTUP_AUTO_INSTALL=0 rustc -vV \
    > /dev/null 2> "$here/rustc-uninstalled-toolchain-backtrace-$backtrace.stderr.txt") || true
done
record lock-too-new "$root/type-error" debian-1.63
rustc +stable --version > "$here/recorded-with.txt"
rustc +debian-1.63 --version >> "$here/recorded-with.txt"
rustup --version 2> /dev/null >> "$here/recorded-with.txt"
