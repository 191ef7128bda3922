// Written for PyO3 0.13: a #[pyclass] could have several #[pymethods] blocks.
use pyo3::prelude::*;

#[pyclass]
struct Counter {
    count: u64,
}

#[pymethods]
impl Counter {
    fn get(&self) -> u64 {
        self.count
    }
}

#[pymethods]
impl Counter {
    fn increment(&mut self) {
        self.count += 1;
    }
}
