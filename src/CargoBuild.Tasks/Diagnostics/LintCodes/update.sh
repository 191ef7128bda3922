#!/usr/bin/env bash
# Appends to rustc.toml and clippy.toml the lints that the given rustup toolchains know and the catalogs do not list
# yet, each with the next free number of its catalog (new lints sorted by name within one run). Codes already given
# are never changed or reused: a lint a newer rustc dropped keeps its line, so that old builds' codes still mean it.
#   ./update.sh stable nightly debian-1.63
set -euo pipefail
cd "$(dirname "$0")"

# "Lint checks provided by rustc:" (and, from clippy-driver, "… loaded by this crate:") lists one lint a line ("  name  default  meaning"), dashes for underscores.
lints_of() {
    local program=$1 toolchain=$2 prefix=$3
    "$program" "+$toolchain" -W help 2>/dev/null \
        | awk '/^Lint checks (provided|loaded) by/ { listing = 1; next } /^Lint groups (provided|loaded) by/ { listing = 0 } listing' \
        | awk -v prefix="$prefix" '$2 ~ /^(allow|warn|deny|forbid)$/ && index($1, prefix) == 1 { print substr($1, length(prefix) + 1) }' \
        | tr - _
}

append() {
    local catalog=$1 code_prefix=$2
    shift 2
    local known next
    known=$(sed -n 's/^\([a-z0-9_]*\) = ".*"$/\1/p' "$catalog")
    next=$(sed -n "s/^[a-z0-9_]* = \"$code_prefix\([0-9]*\)\"$/\1/p" "$catalog" | sort -n | tail -1)
    next=$((10#${next:-0} + 1))
    comm -13 <(printf '%s\n' "$known" | sort -u) <(printf '%s\n' "$@" | sort -u) | while read -r lint; do
        [ -n "$lint" ] || continue
        printf '%s = "%s%04d"\n' "$lint" "$code_prefix" "$next" >> "$catalog"
        next=$((next + 1))
    done
}

for toolchain in "$@"; do
    echo "$toolchain: $(rustc "+$toolchain" --version)"
    mapfile -t rustc_lints < <(lints_of rustc "$toolchain" "")
    append rustc.toml RL "${rustc_lints[@]}"
    if clippy-driver "+$toolchain" --version >/dev/null 2>&1; then
        mapfile -t clippy_lints < <(lints_of clippy-driver "$toolchain" "clippy::")
        append clippy.toml CL "${clippy_lints[@]}"
    fi
done
