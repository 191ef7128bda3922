// Written for PyO3 0.26: downcast and DowncastError, replaced by cast and CastError in 0.27.
use pyo3::prelude::*;
use pyo3::types::PyList;
use pyo3::DowncastError;

#[pyfunction]
fn length(value: &Bound<'_, PyAny>) -> PyResult<usize> {
    let list = value.downcast::<PyList>()?;
    Ok(list.len())
}

pub fn describe(error: DowncastError<'_, '_>) -> String {
    error.to_string()
}
