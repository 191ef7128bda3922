#!/usr/bin/env bash
# Re-records real cargo output for the artifact-collection unit tests (executables and static libraries), exactly as
# printed: cargo's stdout (<case>.stdout.jsonl), and rustc's stderr for the probe CargoBuild runs to learn the native
# libraries a Rust static library needs (native-static-libs.stderr.txt). The crates are written here, under a fixed
# root, so recorded paths are stable: /tmp/cargobuild-artifact-fixtures. Needs rustup's stable toolchain.
set -euo pipefail
unset RUST_BACKTRACE
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=/tmp/cargobuild-artifact-fixtures
rm -rf "$root" && mkdir -p "$root"

record() { # case, folder
  (cd "$2" && CARGO_TARGET_DIR="$root/target" CARGO_TERM_COLOR=never cargo +stable build --message-format=json \
    > "$here/$1.stdout.jsonl" 2> /dev/null)
}

# A library built as a cdylib and a staticlib, with the implicit bin (src/main.rs) and a [[bin]] of its own.
mkdir -p "$root/mixed/src/bin"
printf '[package]\nname = "fixture_mixed"\nversion = "0.1.0"\nedition = "2021"\n\n[lib]\ncrate-type = ["cdylib", "staticlib"]\n\n[[bin]]\nname = "mixed-tool"\npath = "src/bin/tool.rs"\n' > "$root/mixed/Cargo.toml"
printf '#[no_mangle]\npub extern "C" fn answer() -> i32 {\n    42\n}\n' > "$root/mixed/src/lib.rs"
printf 'fn main() {\n    println!("fixture_mixed main");\n}\n' > "$root/mixed/src/main.rs"
printf 'fn main() {\n    println!("mixed-tool");\n}\n' > "$root/mixed/src/bin/tool.rs"
record mixed "$root/mixed"

# A crate with only a binary.
mkdir -p "$root/bin-only/src"
printf '[package]\nname = "fixture_bin_only"\nversion = "0.1.0"\nedition = "2021"\n' > "$root/bin-only/Cargo.toml"
printf 'fn main() {\n    println!("bin only");\n}\n' > "$root/bin-only/src/main.rs"
record bin-only "$root/bin-only"

# A staticlib whose build script links a system library (libcrypt, which Debian's libc6-dev brings) and names a
# search folder: the libraries a program linking the archive needs beyond the standard library's.
mkdir -p "$root/links/src"
printf '[package]\nname = "fixture_links"\nversion = "0.1.0"\nedition = "2021"\nbuild = "build.rs"\n\n[lib]\ncrate-type = ["staticlib"]\n' > "$root/links/Cargo.toml"
printf 'fn main() {\n    println!("cargo:rustc-link-lib=crypt");\n    println!("cargo:rustc-link-lib=dylib=m");\n    println!("cargo:rustc-link-search=native=/opt/fixture-links/lib");\n}\n' > "$root/links/build.rs"
printf 'extern "C" {\n    fn crypt(key: *const u8, salt: *const u8) -> *const u8;\n}\n\n#[no_mangle]\npub extern "C" fn hashed() -> *const u8 {\n    unsafe { crypt(b"key\\0".as_ptr(), b"ab\\0".as_ptr()) }\n}\n' > "$root/links/src/lib.rs"
record links "$root/links"

# What CargoBuild runs to learn a static library's native libraries: an empty staticlib for the host.
(cd "$root" && rustc +stable --crate-type staticlib --crate-name cargobuild_native_libs --print native-static-libs \
  --out-dir "$root/probe" - < /dev/null 2> "$here/native-static-libs.stderr.txt")
rustc +stable --version > "$here/recorded-with.txt"
