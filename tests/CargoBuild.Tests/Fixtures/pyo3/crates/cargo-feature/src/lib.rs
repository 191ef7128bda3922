// Written for PyO3 0.21: the gil-refs feature kept the old API; pyo3 0.17.3 has no such feature.
use pyo3::prelude::*;

#[pyfunction]
fn double(x: i64) -> i64 {
    x * 2
}
