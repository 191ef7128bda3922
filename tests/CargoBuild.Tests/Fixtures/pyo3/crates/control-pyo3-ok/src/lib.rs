// Control: correct code for pyo3 0.17; it builds without errors or warnings.
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

    fn increment(&mut self) -> u64 {
        self.count += 1;
        self.count
    }
}

#[pymodule]
fn control_pyo3_ok(_py: Python, module: &PyModule) -> PyResult<()> {
    module.add_class::<Counter>()?;
    Ok(())
}
