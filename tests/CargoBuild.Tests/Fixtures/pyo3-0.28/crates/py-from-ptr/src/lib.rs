// Written for PyO3 0.27: Py::from_owned_ptr and from_borrowed_ptr, deprecated in 0.28.
use pyo3::prelude::*;
use pyo3::types::PyNone;

pub fn none(py: Python<'_>) -> (Py<PyNone>, Py<PyNone>) {
    let raw = py.None().into_ptr();
    let borrowed: Py<PyNone> = unsafe { Py::from_borrowed_ptr(py, raw) };
    let owned: Py<PyNone> = unsafe { Py::from_owned_ptr(py, raw) };
    (borrowed, owned)
}
