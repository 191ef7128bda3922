// Written for PyO3 0.21: PyNativeType, which the GIL Refs API needed and 0.23 removed with it.
use pyo3::prelude::*;
use pyo3::PyNativeType;

pub fn version(py: Python<'_>) -> String {
    py.version().to_string()
}
