// 0.21: cloning a `Py<T>` without the GIL (`Clone` needs the `py-clone` feature in 0.22).
use pyo3::prelude::*;

#[derive(Clone)]
pub struct Callback {
    function: Py<PyAny>,
}

pub fn twice(callback: &Callback) -> (Py<PyAny>, Callback) {
    (callback.function.clone(), callback.clone())
}
