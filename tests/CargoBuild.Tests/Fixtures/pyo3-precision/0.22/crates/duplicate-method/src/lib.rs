// pyo3 0.22: two methods named `value` in one `#[pymethods]` block.
use pyo3::prelude::*;

#[pyclass]
struct Counter {
    count: u64,
}

#[pymethods]
impl Counter {
    #[new]
    fn new() -> Self {
        Counter { count: 0 }
    }

    fn value(&self) -> u64 {
        self.count
    }

    fn value(&self) -> u64 {
        self.count + 0
    }
}

#[pymodule]
fn duplicate_method(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Counter>()?;
    Ok(())
}
