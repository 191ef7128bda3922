// Written for PyO3 0.12: any #[pyclass] could be a base class; since 0.13 the base needs #[pyclass(subclass)], which
// 0.23 checks when it compiles.
use pyo3::prelude::*;

#[pyclass]
pub struct Shape {
    sides: u32,
}

#[pyclass(extends = Shape)]
pub struct Square {
    side: f64,
}
