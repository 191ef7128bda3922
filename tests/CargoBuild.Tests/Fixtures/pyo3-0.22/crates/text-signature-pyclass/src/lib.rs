// 0.17: `text_signature` on `#[pyclass]`, which 0.18 moved to `#[new]`.
use pyo3::prelude::*;

#[pyclass(text_signature = "(value)")]
struct Wrapper {
    value: i64,
}

#[pymethods]
impl Wrapper {
    #[new]
    fn new(value: i64) -> Self {
        Wrapper { value }
    }

    #[pyo3(text_signature = "($self)")]
    fn get(&self) -> i64 {
        self.value
    }
}
