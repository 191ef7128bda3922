// pyo3 0.22: an `Rc` moved into `py.allow_threads`.
use pyo3::prelude::*;
use std::rc::Rc;

#[pyfunction]
fn slow_len(py: Python<'_>, text: String) -> usize {
    let shared = Rc::new(text);
    py.allow_threads(move || shared.len())
}

#[pymodule]
fn rc_across_detach(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(slow_len, m)?)?;
    Ok(())
}
