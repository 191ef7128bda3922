// Written for PyO3 0.17 and earlier habits: acquire_gil is deprecated in 0.17.
use pyo3::prelude::*;

pub fn python_version() -> String {
    let gil = Python::acquire_gil();
    let py = gil.python();
    py.version().to_string()
}
