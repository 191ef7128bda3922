// 0.20: `PyDict::new(py)` returning a GIL-ref `&PyDict`.
use pyo3::prelude::*;
use pyo3::types::PyDict;

#[pyfunction]
fn settings(py: Python<'_>) -> PyResult<&PyDict> {
    let dict = PyDict::new(py);
    dict.set_item("debug", true)?;
    Ok(dict)
}

#[pymodule]
fn old_api_022_pydict_new(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(settings, m)?)
}
