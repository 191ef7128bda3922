// pyo3 0.28: `wrap_pyfunction!(greet, m)` for a function named `greeting`.
use pyo3::prelude::*;

#[pyfunction]
fn greeting(name: &str) -> String {
    format!("Hello, {name}!")
}

#[pymodule]
fn wrapped_name_typo(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(greet, m)?)?;
    Ok(())
}
