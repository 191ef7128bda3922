// 0.18: `__traverse__` taking `PyRef<Self>` to reach `py`, which 0.19 forbids.
use pyo3::prelude::*;
use pyo3::{PyTraverseError, PyVisit};

#[pyclass]
struct Node {
    child: Option<PyObject>,
}

#[pymethods]
impl Node {
    fn __traverse__(slf: PyRef<'_, Self>, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
        if let Some(child) = &slf.child {
            visit.call(child)?;
        }
        Ok(())
    }

    fn __clear__(&mut self) {
        self.child = None;
    }
}
