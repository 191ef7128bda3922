// 0.21 code written with the `gil-refs` feature on: extracting a GIL ref (`&PyList`) from a `Bound`.
use pyo3::prelude::*;
use pyo3::types::PyList;

#[pyfunction]
fn size(obj: &Bound<'_, PyAny>) -> PyResult<usize> {
    let list: &PyList = obj.extract()?;
    Ok(list.len())
}

#[pymodule]
fn old_api_022_extract_gil_ref(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(size, m)?)
}
