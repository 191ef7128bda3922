// 0.20: a `Vec<&PyAny>` argument, which PyO3 cannot flag with a GIL-ref deprecation.
use pyo3::prelude::*;

#[pyfunction]
fn count(items: Vec<&PyAny>) -> usize {
    items.len()
}

#[pymodule]
fn old_api_022_vec_pyany_argument(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(count, m)?)
}
