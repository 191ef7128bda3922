// Written for PyO3 0.10: PyObject methods did not take a Python token.
use pyo3::prelude::*;

pub fn references(object: &PyObject) -> isize {
    object.get_refcnt()
}
