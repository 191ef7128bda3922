// pyo3 0.22: `drop` of a `Vec` while a reference into it is alive.
use pyo3::prelude::*;

#[pyfunction]
fn first_len(items: Vec<String>) -> usize {
    let first = &items[0];
    drop(items);
    first.len()
}

#[pymodule]
fn move_while_borrowed(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(first_len, m)?)?;
    Ok(())
}
