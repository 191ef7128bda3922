// 0.20: an optional GIL-ref argument, `Option<&PySequence>`.
use pyo3::prelude::*;
use pyo3::types::PySequence;

#[pyfunction]
#[pyo3(signature = (items=None))]
fn total(items: Option<&PySequence>) -> PyResult<usize> {
    match items {
        Some(sequence) => sequence.len(),
        None => Ok(0),
    }
}

#[pymodule]
fn old_api_022_option_pysequence_argument(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(total, m)?)
}
