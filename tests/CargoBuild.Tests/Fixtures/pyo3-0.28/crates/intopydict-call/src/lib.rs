// Written for PyO3 0.22: into_py_dict_bound, and into_py_dict returning the dict itself.
use pyo3::prelude::*;
use pyo3::types::IntoPyDict;

pub fn sizes(py: Python<'_>) -> PyResult<usize> {
    let first = [("debug", true)].into_py_dict_bound(py);
    let second = [("verbose", false)].into_py_dict(py);
    second.set_item("quiet", true)?;
    Ok(first.len() + second.len())
}
