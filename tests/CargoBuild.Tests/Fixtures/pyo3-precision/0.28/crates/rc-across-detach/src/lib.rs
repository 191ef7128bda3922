// pyo3 0.28: an `Rc` moved into `py.detach`.
use pyo3::prelude::*;
use std::rc::Rc;

#[pyfunction]
fn slow_len(py: Python<'_>, text: String) -> usize {
    let shared = Rc::new(text);
    py.detach(move || shared.len())
}

#[pymodule]
fn rc_across_detach(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(slow_len, m)?)?;
    Ok(())
}
