// pyo3 0.28: a `#[pyclass]` holding a `RefCell` (PyO3 requires `Sync`).
use pyo3::prelude::*;
use std::cell::RefCell;

#[pyclass]
struct Cache {
    entries: RefCell<Vec<String>>,
}

#[pymethods]
impl Cache {
    #[new]
    fn new() -> Self {
        Cache { entries: RefCell::new(Vec::new()) }
    }

    fn add(&self, entry: String) {
        self.entries.borrow_mut().push(entry);
    }
}

#[pymodule]
fn refcell_pyclass(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Cache>()?;
    Ok(())
}
