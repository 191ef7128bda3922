// 0.19: a safe `impl AsPyPointer`, which 0.20 made an unsafe trait.
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::AsPyPointer;

pub struct Handle(PyObject);

impl AsPyPointer for Handle {
    fn as_ptr(&self) -> *mut ffi::PyObject {
        self.0.as_ptr()
    }
}
