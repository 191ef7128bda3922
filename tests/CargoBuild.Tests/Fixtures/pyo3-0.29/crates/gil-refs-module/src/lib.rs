// Written for PyO3 0.20: GIL-bound references in a #[pyfunction] argument and the old #[pymodule] signature.
use pyo3::prelude::*;

#[pyfunction]
fn describe(value: &PyAny) -> PyResult<String> {
    Ok(value.str()?.to_string())
}

#[pymodule]
fn old_api_gil_refs_module(_py: Python, m: &PyModule) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(describe, m)?)?;
    Ok(())
}
