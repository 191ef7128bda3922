// Written for PyO3 0.20: PyCell, GILPool, PyTryFrom and PyNativeType, removed with the GIL Refs API.
use pyo3::prelude::*;
use pyo3::{GILPool, PyCell, PyNativeType, PyTryFrom};

#[pyclass]
pub struct Point {
    pub x: f64,
}

pub fn x(cell: &PyCell<Point>) -> f64 {
    cell.borrow().x
}
