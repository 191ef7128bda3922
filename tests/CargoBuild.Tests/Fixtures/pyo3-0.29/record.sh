#!/usr/bin/env bash
# Re-records the crates of this folder against Debian experimental's pyo3 0.29.3 (see ../record-newer-pyo3.sh).
# Usage: record.sh [case ...]   (default: every crate)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../record-newer-pyo3.sh" experimental 0.29.3 "$here" "$@"
