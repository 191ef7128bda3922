// pyo3 0.22: `#[pyo3(text_signature(a, b))]`, a form the option does not have.
use pyo3::prelude::*;

#[pyfunction]
#[pyo3(text_signature(a, b))]
fn add(a: i64, b: i64) -> i64 {
    a + b
}

#[pymodule]
fn text_signature_form(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(add, m)?)?;
    Ok(())
}
