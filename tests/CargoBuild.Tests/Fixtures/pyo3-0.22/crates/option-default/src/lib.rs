// 0.21: a trailing `Option<_>` argument relying on the implicit `None` default.
use pyo3::prelude::*;

#[pyfunction]
fn repeat(text: &str, times: Option<usize>) -> String {
    text.repeat(times.unwrap_or(1))
}

#[pymodule]
fn old_api_022_option_default(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(repeat, m)?)
}
