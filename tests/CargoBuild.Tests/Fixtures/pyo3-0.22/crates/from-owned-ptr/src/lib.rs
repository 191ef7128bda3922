// 0.20: `py.from_owned_ptr(ptr)` producing a GIL ref.
use pyo3::prelude::*;

pub fn wrap(py: Python<'_>, pointer: *mut pyo3::ffi::PyObject) -> &PyAny {
    unsafe { py.from_owned_ptr(pointer) }
}
