// Written for PyO3 0.11: exception types had no Py prefix and were raised with py_err.
use pyo3::exceptions::RuntimeError;
use pyo3::prelude::*;

pub fn fail() -> PyResult<()> {
    Err(pyo3::exceptions::ValueError::py_err("bad value"))
}

pub fn is_key_error(_error: &pyo3::exceptions::KeyError) -> bool {
    true
}
