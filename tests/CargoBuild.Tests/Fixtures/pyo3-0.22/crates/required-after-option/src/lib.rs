// 0.17: a required argument after an `Option<_>` argument, without a signature.
use pyo3::prelude::*;

#[pyfunction]
fn scale(factor: Option<i64>, value: i64) -> i64 {
    factor.unwrap_or(1) * value
}

#[pymodule]
fn old_api_022_required_after_option(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(scale, m)?)
}
