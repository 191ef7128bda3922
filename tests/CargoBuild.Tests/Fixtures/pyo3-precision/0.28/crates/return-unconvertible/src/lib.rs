// pyo3 0.28: a `#[pyfunction]` returning a plain struct that is not a `#[pyclass]`.
use pyo3::prelude::*;

struct Pair {
    left: i64,
    right: i64,
}

#[pyfunction]
fn make_pair(left: i64, right: i64) -> Pair {
    Pair { left, right }
}

#[pymodule]
fn return_unconvertible(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(make_pair, m)?)?;
    Ok(())
}
