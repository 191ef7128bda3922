// Written for PyO3 0.15: PyObject and &PyAny compared with == by identity.
use pyo3::prelude::*;

pub fn same(left: &PyObject, right: &PyObject) -> bool {
    left == right
}

pub fn same_any(left: &PyAny, right: &PyAny) -> bool {
    left == right
}
