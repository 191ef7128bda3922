// Written for PyO3 0.22: Point implemented IntoPy only (not shown), which 0.23 no longer uses to return it.
use pyo3::prelude::*;

pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[pyfunction]
fn origin() -> Point {
    Point { x: 0.0, y: 0.0 }
}
