// 0.20: `pyo3::PyCell` named by its path, without an import.
use pyo3::prelude::*;

#[pyclass]
pub struct Counter {
    value: u32,
}

pub fn value(counter: &pyo3::PyCell<Counter>) -> u32 {
    counter.borrow().value
}
