// Written for PyO3 0.8: PyRawObject was importable from the prelude.
use pyo3::prelude::PyRawObject;

pub fn unused(_object: &PyRawObject) {}
