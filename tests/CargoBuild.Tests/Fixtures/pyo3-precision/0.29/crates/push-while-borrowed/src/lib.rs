// pyo3 0.29: `push` onto a `Vec` while a reference into it is alive.
use pyo3::prelude::*;

#[pyfunction]
fn first_len(mut items: Vec<String>) -> usize {
    let first = &items[0];
    items.push(String::new());
    first.len()
}

#[pymodule]
fn push_while_borrowed(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(first_len, m)?)?;
    Ok(())
}
