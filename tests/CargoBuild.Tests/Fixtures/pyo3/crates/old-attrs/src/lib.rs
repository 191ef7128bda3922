// Written for PyO3 0.13: #[text_signature] and #[name] were attributes of their own.
use pyo3::prelude::*;

#[pyfunction]
#[text_signature = "(x)"]
fn double(x: i64) -> i64 {
    x * 2
}

#[pyfunction]
#[name = "triple"]
fn times_three(x: i64) -> i64 {
    x * 3
}
