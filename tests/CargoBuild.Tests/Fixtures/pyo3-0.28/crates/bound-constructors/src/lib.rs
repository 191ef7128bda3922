// Written for PyO3 0.21/0.22: the Bound API's `_bound` constructors, renamed to the plain names in 0.23.
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

#[pyfunction]
fn build(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let dict = PyDict::new_bound(py);
    let items = PyList::empty_bound(py);
    let json = py.import_bound("json")?;
    let pair = PyTuple::new_bound(py, [1, 2]);
    let name = PyString::new_bound(py, "settings");
    dict.set_item("items", items)?;
    dict.set_item("json", json)?;
    dict.set_item("pair", pair)?;
    dict.set_item("name", name)?;
    Ok(dict)
}
