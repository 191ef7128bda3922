// Written for PyO3 0.25: the PyObject type alias, deprecated in 0.26.
use pyo3::prelude::*;

#[pyfunction]
fn nothing(py: Python<'_>) -> PyObject {
    py.None()
}
