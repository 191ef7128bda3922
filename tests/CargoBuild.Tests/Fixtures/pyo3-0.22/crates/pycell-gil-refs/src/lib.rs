// 0.20: `PyCell::new` and `&PyCell<T>` arguments, built with the `gil-refs` feature.
use pyo3::prelude::*;
use pyo3::PyCell;

#[pyclass]
struct Counter {
    value: u32,
}

#[pyfunction]
fn make(py: Python<'_>) -> PyResult<&PyCell<Counter>> {
    PyCell::new(py, Counter { value: 0 })
}

#[pyfunction]
fn bump(counter: &PyCell<Counter>) {
    counter.borrow_mut().value += 1;
}

#[pymodule]
fn old_api_022_pycell_gil_refs(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(make, m)?)?;
    m.add_function(wrap_pyfunction!(bump, m)?)
}
