// 0.20: `FromPyObject` implemented through `extract(&PyAny)`.
use pyo3::prelude::*;

pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl<'source> FromPyObject<'source> for Point {
    fn extract(ob: &'source PyAny) -> PyResult<Self> {
        Ok(Point { x: ob.getattr("x")?.extract()?, y: ob.getattr("y")?.extract()? })
    }
}
