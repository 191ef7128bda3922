// pyo3 0.28: `PyDict` used without `use pyo3::types::PyDict`.
use pyo3::prelude::*;

#[pyfunction]
fn key_count(dict: &Bound<'_, PyDict>) -> usize {
    dict.len()
}

#[pymodule]
fn missing_import_type(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(key_count, m)?)?;
    Ok(())
}
