// Written for PyO3 0.11: FromPy (in the prelude until 0.12) converted Rust values to Python objects.
use pyo3::prelude::*;

mod imported {
    pub use pyo3::FromPy;
}

pub struct Point {
    pub x: i64,
}

impl FromPy<Point> for PyObject {
    fn from_py(point: Point, py: Python) -> Self {
        point.x.into_py(py)
    }
}
