// 0.19: a generic bound on the `IntoPyPointer` trait.
pub fn leak<T: pyo3::IntoPyPointer>(value: T) -> *mut pyo3::ffi::PyObject {
    value.into_ptr()
}
