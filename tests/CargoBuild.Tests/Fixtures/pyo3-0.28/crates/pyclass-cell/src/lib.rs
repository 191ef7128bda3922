// Written for PyO3 0.22: a Cell counter in a #[pyclass]; since 0.23 the class must be Sync.
use std::cell::Cell;

use pyo3::prelude::*;

#[pyclass]
pub struct Counter {
    count: Cell<u64>,
}

#[pymethods]
impl Counter {
    fn increment(&self) -> u64 {
        self.count.set(self.count.get() + 1);
        self.count.get()
    }
}
