// Written for PyO3 0.24: the AsPyPointer trait, removed in 0.25.
use pyo3::prelude::*;
use pyo3::AsPyPointer;

pub fn same(first: &Bound<'_, PyAny>, second: &Py<PyAny>) -> bool {
    first.is(second.as_ref())
}
