// 0.19: importing the `IntoPyPointer` trait for `into_ptr()`.
use pyo3::prelude::*;
use pyo3::IntoPyPointer;

pub fn leak(object: PyObject) -> *mut pyo3::ffi::PyObject {
    object.into_ptr()
}
