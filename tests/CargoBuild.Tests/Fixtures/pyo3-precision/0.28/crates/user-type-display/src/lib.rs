// pyo3 0.28: `format!("{}")` of a user type without `Display`.
use pyo3::prelude::*;

struct Celsius(f64);

#[pyfunction]
fn describe(degrees: f64) -> String {
    let temperature = Celsius(degrees);
    format!("{}", temperature)
}

#[pymodule]
fn user_type_display(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(describe, m)?)?;
    Ok(())
}
