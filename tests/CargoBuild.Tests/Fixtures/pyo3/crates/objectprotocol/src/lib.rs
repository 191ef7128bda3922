// Written for PyO3 0.9: ObjectProtocol held the methods of Python objects.
use pyo3::prelude::*;
use pyo3::ObjectProtocol;

pub fn type_name(object: &PyAny) -> PyResult<String> {
    Ok(object.get_type().name()?.to_string())
}
