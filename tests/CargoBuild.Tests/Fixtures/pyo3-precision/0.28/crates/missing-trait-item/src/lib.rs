// pyo3 0.28: `impl Display` without `fmt`.
use pyo3::prelude::*;
use std::fmt;

#[pyclass]
struct Point {
    x: i64,
    y: i64,
}

impl fmt::Display for Point {}

#[pymethods]
impl Point {
    #[new]
    fn new(x: i64, y: i64) -> Self {
        Point { x, y }
    }

    fn __str__(&self) -> String {
        format!("({}, {})", self.x, self.y)
    }
}

#[pymodule]
fn missing_trait_item(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Point>()?;
    Ok(())
}
