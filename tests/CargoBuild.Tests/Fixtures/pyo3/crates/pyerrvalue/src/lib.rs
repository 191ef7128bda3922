// Written for PyO3 0.11: PyErrValue held an exception's value, and PyErr::from_value took a type and a value.
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::PyErrValue;

pub fn from_parts(py: Python, value: PyObject) -> PyErr {
    PyErr::from_value::<PyTypeError>(py, value)
}
