// Written for PyO3 0.21/0.22: the gil-refs feature kept the GIL Refs API; 0.23 removed the feature.
use pyo3::prelude::*;

pub fn version(py: Python<'_>) -> String {
    py.version().to_string()
}
