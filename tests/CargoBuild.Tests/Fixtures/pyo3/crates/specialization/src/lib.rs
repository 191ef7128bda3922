// Written for PyO3 0.9: user crates had to enable specialization.
#![feature(specialization)]

use pyo3::prelude::*;

#[pyfunction]
fn double(value: i64) -> i64 {
    value * 2
}

#[pymodule]
fn old_api_specialization(_py: Python<'_>, module: &PyModule) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(double, module)?)
}
