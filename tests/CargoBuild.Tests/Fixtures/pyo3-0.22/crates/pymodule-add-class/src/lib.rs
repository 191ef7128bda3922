// 0.20: a module initialiser taking the GIL-ref `&PyModule`, adding a class and a function.
use pyo3::prelude::*;

#[pyclass]
struct Counter {
    value: u32,
}

#[pyfunction]
fn double(x: u32) -> u32 {
    x * 2
}

#[pymodule]
fn old_api_022_pymodule_add_class(_py: Python, m: &PyModule) -> PyResult<()> {
    m.add_class::<Counter>()?;
    m.add_function(wrap_pyfunction!(double, m)?)?;
    m.add("VERSION", "1.0")?;
    Ok(())
}
