// 0.20: a function taking a GIL-ref `&PyAny` argument and calling its methods.
use pyo3::prelude::*;

#[pyfunction]
fn describe(obj: &PyAny) -> PyResult<String> {
    Ok(obj.str()?.to_string())
}

#[pymodule]
fn old_api_022_pyany_argument(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(describe, m)?)
}
