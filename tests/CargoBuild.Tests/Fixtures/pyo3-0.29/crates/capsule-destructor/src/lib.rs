// Written for PyO3 0.28: a PyCapsule destructor borrowing local data, which 0.29 requires to be 'static.
use std::sync::Mutex;

use pyo3::prelude::*;
use pyo3::types::PyCapsule;

pub fn capsule<'py>(py: Python<'py>, log: &'py Mutex<Vec<u64>>) -> PyResult<Bound<'py, PyCapsule>> {
    PyCapsule::new_with_destructor(py, 5u64, None, move |value, _| log.lock().unwrap().push(value))
}
