// 0.21 code with the `gil-refs` feature off, for the stable ABI of CPython 3.7: extracting a `&str`.
use pyo3::prelude::*;

#[pyfunction]
fn name_length(obj: &Bound<'_, PyAny>) -> PyResult<usize> {
    let name: &str = obj.extract()?;
    Ok(name.len())
}

#[pymodule]
fn old_api_022_str_extract_abi3(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(name_length, m)?)
}
