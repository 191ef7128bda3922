// Written for PyO3 0.11: PyObject was its own type, so it could have an impl beside Py<T>'s.
use pyo3::prelude::*;

pub trait Describe {
    fn describe(&self) -> &'static str;
}

impl Describe for PyObject {
    fn describe(&self) -> &'static str {
        "object"
    }
}

impl<T> Describe for Py<T> {
    fn describe(&self) -> &'static str {
        "typed object"
    }
}
