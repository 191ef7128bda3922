// Written for PyO3 0.25: PyObject imported by path, deprecated in 0.26.
use pyo3::prelude::*;
use pyo3::PyObject;

pub fn keep(value: PyObject) -> Py<PyAny> {
    value
}
