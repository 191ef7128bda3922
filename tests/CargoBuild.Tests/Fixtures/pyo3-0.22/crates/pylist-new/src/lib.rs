// 0.20: `PyList::new(py, ..)` returning a GIL-ref `&PyList`.
use pyo3::prelude::*;
use pyo3::types::PyList;

#[pyfunction]
fn numbers(py: Python<'_>) -> &PyList {
    PyList::new(py, vec![1, 2, 3])
}

#[pymodule]
fn old_api_022_pylist_new(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(numbers, m)?)
}
