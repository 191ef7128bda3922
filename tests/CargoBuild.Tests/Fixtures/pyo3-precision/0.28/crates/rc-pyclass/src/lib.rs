// pyo3 0.28: a `#[pyclass]` holding an `Rc` (PyO3 requires `Send`).
use pyo3::prelude::*;
use std::rc::Rc;

#[pyclass]
struct Node {
    label: Rc<String>,
}

#[pymethods]
impl Node {
    #[new]
    fn new(label: String) -> Self {
        Node { label: Rc::new(label) }
    }

    fn label(&self) -> String {
        self.label.to_string()
    }
}

#[pymodule]
fn rc_pyclass(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Node>()?;
    Ok(())
}
