// Written for PyO3 0.16: an array converted to Python when its elements implemented ToPyObject.
use pyo3::prelude::*;

#[derive(Clone)]
pub struct Celsius(f64);

impl ToPyObject for Celsius {
    fn to_object(&self, py: Python) -> PyObject {
        self.0.to_object(py)
    }
}

pub fn readings(py: Python) -> PyObject {
    [Celsius(20.5), Celsius(21.0)].into_py(py)
}
