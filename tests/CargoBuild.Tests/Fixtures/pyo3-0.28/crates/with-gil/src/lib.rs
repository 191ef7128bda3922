// Written for PyO3 0.25: Python::with_gil, allow_threads and prepare_freethreaded_python, renamed in 0.26.
use pyo3::prelude::*;

pub fn start() -> String {
    pyo3::prepare_freethreaded_python();
    Python::with_gil(|py| py.version().to_string())
}

pub fn compute(py: Python<'_>) -> u64 {
    py.allow_threads(|| 6 * 7)
}
