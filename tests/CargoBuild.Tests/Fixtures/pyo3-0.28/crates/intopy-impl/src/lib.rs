// Written for PyO3 0.22: IntoPy and ToPyObject from the prelude, replaced by IntoPyObject in 0.23.
use pyo3::prelude::*;

pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl IntoPy<Py<PyAny>> for Point {
    fn into_py(self, py: Python<'_>) -> Py<PyAny> {
        (self.x, self.y).into_py(py)
    }
}

impl ToPyObject for Point {
    fn to_object(&self, py: Python<'_>) -> Py<PyAny> {
        (self.x, self.y).to_object(py)
    }
}
