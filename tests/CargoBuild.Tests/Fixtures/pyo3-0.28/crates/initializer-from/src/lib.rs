// Written for PyO3 0.27: Py::new and Bound::new from an existing object, which 0.28 no longer accepts.
use pyo3::prelude::*;

#[pyclass]
pub struct Point {
    pub x: f64,
}

pub fn copies<'py>(py: Python<'py>, existing: Py<Point>, bound: Bound<'py, Point>) -> PyResult<(Py<Point>, Bound<'py, Point>)> {
    let first = Py::new(py, existing)?;
    let second = Bound::new(py, bound)?;
    Ok((first, second))
}
