// pyo3 0.22: a helper function called with one argument instead of two.
use pyo3::prelude::*;

fn scale(value: f64, factor: f64) -> f64 {
    value * factor
}

#[pyfunction]
fn double(value: f64) -> f64 {
    scale(value)
}

#[pymodule]
fn wrong_arg_count(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(double, m)?)?;
    Ok(())
}
