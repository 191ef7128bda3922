// Written for PyO3 0.26: FromPyObject with one lifetime and extract_bound, reworked in 0.27.
use pyo3::prelude::*;

pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl<'py> FromPyObject<'py> for Point {
    fn extract_bound(object: &Bound<'py, PyAny>) -> PyResult<Self> {
        let (x, y) = object.extract()?;
        Ok(Point { x, y })
    }
}
