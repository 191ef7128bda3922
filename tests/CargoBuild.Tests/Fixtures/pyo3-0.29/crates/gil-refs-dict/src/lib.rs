// Written for PyO3 0.20: GIL-bound references, `PyDict::new(py)` is a `&PyDict` and `PyList::new` cannot fail.
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

pub fn settings(py: Python<'_>) -> PyResult<usize> {
    let dict: &PyDict = PyDict::new(py);
    dict.set_item("debug", true)?;
    let list = PyList::new(py, [1, 2, 3]);
    Ok(dict.len() + list.len())
}
