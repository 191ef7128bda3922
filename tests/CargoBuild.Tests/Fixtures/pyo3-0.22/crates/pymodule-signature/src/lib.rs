// 0.20: the `#[pymodule] fn m(py: Python, m: &PyModule)` signature, the body not touching the module.
use pyo3::prelude::*;

#[pymodule]
fn old_api_022_pymodule_signature(py: Python, m: &PyModule) -> PyResult<()> {
    let _ = (py, m);
    Ok(())
}
