// Written for PyO3 0.8: PyRef::new created a Python object from a Rust value.
use pyo3::prelude::*;

#[pyclass]
struct Point {
    x: i64,
}

pub fn make_point(py: Python<'_>) -> PyResult<i64> {
    let point = PyRef::new(py, Point { x: 1 })?;
    Ok(point.x)
}
