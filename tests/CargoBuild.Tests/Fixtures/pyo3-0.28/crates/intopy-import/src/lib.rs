// Written for PyO3 0.22: IntoPy and ToPyObject imported by path, removed in 0.25.
use pyo3::prelude::*;
use pyo3::{IntoPy, ToPyObject};

pub fn answer(py: Python<'_>) -> Py<PyAny> {
    py.None()
}
