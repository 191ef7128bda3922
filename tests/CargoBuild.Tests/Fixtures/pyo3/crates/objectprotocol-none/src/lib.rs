// Written for PyO3 0.9: PyAny::None built Python's None.
use pyo3::prelude::*;

pub fn nothing(py: Python) -> PyObject {
    PyAny::None(py)
}
