// 0.20: turning a `Py<T>` into a GIL-ref with `into_ref(py)` and `as_ref(py)`.
use pyo3::prelude::*;
use pyo3::types::PyString;

#[pyfunction]
fn lengths(py: Python<'_>, kept: Py<PyString>) -> PyResult<usize> {
    let owned: Py<PyString> = PyString::new_bound(py, "text").unbind();
    let text: &PyString = owned.into_ref(py);
    let other: &PyString = kept.as_ref(py);
    Ok(text.len()? + other.len()?)
}

#[pymodule]
fn old_api_022_into_ref(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(lengths, m)?)
}
