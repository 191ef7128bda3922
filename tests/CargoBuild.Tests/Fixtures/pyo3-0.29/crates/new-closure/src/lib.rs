// Written for PyO3 0.28: a PyCFunction::new_closure closure that is Send but not Sync, which 0.29 rejects.
use std::cell::Cell;

use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyDict, PyTuple};

pub fn counter(py: Python<'_>) -> PyResult<Bound<'_, PyCFunction>> {
    let calls = Cell::new(0u64);
    PyCFunction::new_closure(py, None, None, move |_args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>| {
        calls.set(calls.get() + 1);
        calls.get()
    })
}
