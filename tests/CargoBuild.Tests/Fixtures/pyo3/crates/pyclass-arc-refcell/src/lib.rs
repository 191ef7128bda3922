// Written for PyO3 0.10: a #[pyclass] shared state through an Arc without making it thread-safe.
use std::cell::RefCell;
use std::sync::Arc;

use pyo3::prelude::*;

#[pyclass]
struct Cache {
    entries: Arc<RefCell<Vec<String>>>,
}
