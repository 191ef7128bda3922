#!/usr/bin/env bash
# Re-records the precision corpus of pyo3 0.22 (see ../record-minor.sh). Usage: record.sh [case ...]
exec "$(dirname "${BASH_SOURCE[0]}")/../record-minor.sh" 0.22 "$@"
