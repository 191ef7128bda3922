// 0.20: a `#[classmethod]` taking the GIL-ref `&PyType`.
use pyo3::prelude::*;
use pyo3::types::PyType;

#[pyclass]
struct Config;

#[pymethods]
impl Config {
    #[classmethod]
    fn kind(cls: &PyType) -> PyResult<String> {
        Ok(cls.name()?.to_string())
    }
}
