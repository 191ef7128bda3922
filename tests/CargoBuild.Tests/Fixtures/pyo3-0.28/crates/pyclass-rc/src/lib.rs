// Written for PyO3 0.22 habits: an Rc field in a #[pyclass] (neither Send nor Sync).
use std::rc::Rc;

use pyo3::prelude::*;

#[pyclass]
pub struct Shared {
    name: Rc<String>,
}

#[pymethods]
impl Shared {
    fn name(&self) -> String {
        self.name.to_string()
    }
}
