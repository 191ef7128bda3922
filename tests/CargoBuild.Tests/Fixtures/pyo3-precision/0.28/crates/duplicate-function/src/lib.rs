// pyo3 0.28: two `#[pyfunction] fn add` in one module.
use pyo3::prelude::*;

#[pyfunction]
fn add(a: i64, b: i64) -> i64 {
    a + b
}

#[pyfunction]
fn add(a: f64, b: f64) -> f64 {
    a + b
}

#[pymodule]
fn duplicate_function(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(add, m)?)?;
    Ok(())
}
