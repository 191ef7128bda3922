// Written for PyO3 0.15: PyErr::ptype / pvalue / instance read an error's parts.
use pyo3::prelude::*;

pub fn parts(py: Python, error: &PyErr) -> (String, String) {
    (error.ptype(py).to_string(), error.instance(py).to_string())
}
