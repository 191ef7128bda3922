// 0.21 code with gil-refs deactivated: a `&str` borrowed from a temporary `Bound`, and a `GILPool`.
use pyo3::prelude::*;

#[pyfunction]
fn name_length(obj: &Bound<'_, PyAny>) -> PyResult<usize> {
    let name: &str = obj.getattr("name")?.extract()?;
    Ok(name.len())
}

pub fn in_pool(py: Python<'_>) {
    let pool = unsafe { py.new_pool() };
    drop(pool);
}

#[pymodule]
fn old_api_022_borrowed_str_temporary(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(name_length, m)?)
}
