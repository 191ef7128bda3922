// Written for PyO3 0.11: PyErr::new took any ToPyObject argument, Send or not.
use std::rc::Rc;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

pub fn invalid(reason: Rc<String>) -> PyErr {
    PyErr::new::<PyValueError, _>(reason)
}
