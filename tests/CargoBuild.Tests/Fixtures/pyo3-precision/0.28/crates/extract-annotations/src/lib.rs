// pyo3 0.28: `obj.extract()?` into a variable without a type.
use pyo3::prelude::*;

#[pyfunction]
fn describe(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    let value = obj.extract()?;
    Ok(format!("{value}"))
}

#[pymodule]
fn extract_annotations(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(describe, m)?)?;
    Ok(())
}
