// 0.20: `py.import("math")` returning a GIL-ref `&PyModule`.
use pyo3::prelude::*;

#[pyfunction]
fn pi(py: Python<'_>) -> PyResult<f64> {
    let math = py.import("math")?;
    math.getattr("pi")?.extract()
}

#[pymodule]
fn old_api_022_py_import(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(pi, m)?)
}
