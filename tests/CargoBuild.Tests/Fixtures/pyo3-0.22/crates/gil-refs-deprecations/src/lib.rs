// 0.20 code built with the `gil-refs` feature: the GIL-ref API compiles, deprecated.
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

#[pyfunction]
fn summary(py: Python<'_>, obj: &PyAny) -> PyResult<PyObject> {
    let dict = PyDict::new(py);
    dict.set_item("type", obj.get_type().name()?)?;
    dict.set_item("items", PyList::new(py, [1, 2, 3]))?;
    let math = py.import("math")?;
    dict.set_item("pi", math.getattr("pi")?)?;
    Ok(dict.into())
}

#[pymodule]
fn old_api_022_gil_refs_deprecations(_py: Python, m: &PyModule) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(summary, m)?)?;
    Ok(())
}
