// pyo3 0.28: `self.items.pussh(…)`, a typo for `push`.
use pyo3::prelude::*;

#[pyclass]
struct Stack {
    items: Vec<i64>,
}

#[pymethods]
impl Stack {
    #[new]
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: i64) {
        self.items.pussh(item);
    }
}

#[pymodule]
fn method_typo(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Stack>()?;
    Ok(())
}
