// Written for PyO3 0.16: PyTypeObject::type_object gave a class's Python type.
use pyo3::prelude::*;
use pyo3::type_object::PyTypeObject;
use pyo3::types::PyType;

pub fn type_of_int(py: Python) -> &PyType {
    pyo3::types::PyLong::type_object(py)
}
