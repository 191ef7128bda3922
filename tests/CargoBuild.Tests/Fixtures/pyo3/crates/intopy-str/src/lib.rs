// Written for PyO3 0.16: "text".into_py(py) had only one possible target type.
use pyo3::prelude::*;

pub fn greeting(py: Python) -> PyObject {
    let text = "hello".into_py(py);
    text.clone_ref(py)
}
