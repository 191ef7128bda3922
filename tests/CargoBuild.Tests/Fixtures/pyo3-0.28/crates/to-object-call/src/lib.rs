// Written for PyO3 0.22: to_object and into_py calls, replaced by into_pyobject in 0.23.
use pyo3::prelude::*;

pub fn values(py: Python<'_>) -> (Py<PyAny>, Py<PyAny>) {
    let number = 42u64.to_object(py);
    let text = "answer".into_py(py);
    (number, text)
}
