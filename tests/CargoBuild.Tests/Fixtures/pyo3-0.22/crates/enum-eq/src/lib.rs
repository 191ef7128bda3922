// 0.21: a simple `#[pyclass]` enum relying on implicit equality.
use pyo3::prelude::*;

#[pyclass]
#[derive(Clone, Copy)]
pub enum Color {
    Red,
    Green,
}
