// Written for PyO3 0.23: from_py_with named its function in a string literal, deprecated in 0.24.
use pyo3::prelude::*;

fn half(value: &Bound<'_, PyAny>) -> PyResult<u64> {
    Ok(value.extract::<u64>()? / 2)
}

#[pyfunction]
fn halved(#[pyo3(from_py_with = "half")] value: u64) -> u64 {
    value
}
