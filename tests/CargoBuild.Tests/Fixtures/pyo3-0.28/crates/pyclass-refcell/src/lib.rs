// Written for PyO3 0.22: a #[pyclass] had to be Send only; since 0.23 it must also be Sync.
use std::cell::RefCell;

use pyo3::prelude::*;

#[pyclass]
pub struct History {
    entries: RefCell<Vec<u64>>,
}

#[pymethods]
impl History {
    fn push(&self, value: u64) {
        self.entries.borrow_mut().push(value);
    }
}
