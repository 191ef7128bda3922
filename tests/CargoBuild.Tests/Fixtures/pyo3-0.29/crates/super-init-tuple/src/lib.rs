// Written for PyO3 0.28: #[new] returning a (subclass, base) tuple, deprecated in 0.29.
use pyo3::prelude::*;

#[pyclass(subclass)]
pub struct Base;

#[pyclass(extends = Base)]
pub struct Sub;

#[pymethods]
impl Sub {
    #[new]
    fn new() -> (Self, Base) {
        (Sub, Base)
    }
}
