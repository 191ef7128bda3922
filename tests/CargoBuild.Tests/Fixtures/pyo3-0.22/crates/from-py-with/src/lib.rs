// 0.20: `#[pyo3(from_py_with = ..)]` naming a function that takes `&PyAny`.
use pyo3::prelude::*;

fn length(obj: &PyAny) -> PyResult<usize> {
    obj.len()
}

#[pyfunction]
fn measured(#[pyo3(from_py_with = "length")] size: usize) -> usize {
    size
}

#[pymodule]
fn old_api_022_from_py_with(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(measured, m)?)
}
