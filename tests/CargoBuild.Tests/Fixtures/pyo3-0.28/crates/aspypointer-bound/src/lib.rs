// Written for PyO3 0.24: AsPyPointer as a bound, and `.is(..)` given `as_ref()`; 0.25 removed the trait.
use pyo3::prelude::*;

pub fn pointer<T: AsPyPointer>(value: &T) -> *mut pyo3::ffi::PyObject {
    value.as_ptr()
}

pub fn same(first: &Bound<'_, PyAny>, second: &Py<PyAny>) -> bool {
    first.is(second.as_ref())
}
