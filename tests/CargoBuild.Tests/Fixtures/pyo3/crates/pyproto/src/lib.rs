// Written for PyO3 0.15: #[pyproto] implemented Python protocols.
use pyo3::class::PyObjectProtocol;
use pyo3::prelude::*;

#[pyclass]
struct Named {
    name: String,
}

#[pyproto]
impl PyObjectProtocol for Named {
    fn __str__(&self) -> PyResult<String> {
        Ok(self.name.clone())
    }
}
