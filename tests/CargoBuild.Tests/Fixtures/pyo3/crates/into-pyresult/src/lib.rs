// Written for PyO3 0.11: a PyErr converted into an Err(PyResult) with .into().
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;

pub fn fail() -> PyResult<()> {
    let result: PyResult<()> = PyErr::new::<PyTypeError, _>("no").into();
    result
}
