// Written for PyO3 0.15: #[pyclass(gc)] opted into garbage collection.
use pyo3::prelude::*;

#[pyclass(gc)]
struct Node {
    next: Option<PyObject>,
}
