// Written for PyO3 0.27: a Clone #[pyclass] taken by value relies on the automatic FromPyObject, deprecated in 0.28.
use pyo3::prelude::*;

#[pyclass]
#[derive(Clone)]
pub struct Point {
    pub x: f64,
}

#[pyfunction]
fn double(point: Point) -> f64 {
    point.x * 2.0
}
