// 0.19: the deprecated `#[args(..)]` and `#[pyfunction(x = "1")]` forms.
use pyo3::prelude::*;

#[pyclass]
struct Greeter;

#[pymethods]
impl Greeter {
    #[args(times = "1")]
    fn greet(&self, times: usize) -> String {
        "hello ".repeat(times)
    }
}

#[pyfunction(step = "1")]
fn advance(value: i64, step: i64) -> i64 {
    value + step
}
