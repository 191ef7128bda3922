// Written for PyO3 0.26: a safe impl of PyTypeCheck, which became an unsafe trait in 0.27.
use pyo3::prelude::*;
use pyo3::type_object::PyTypeCheck;
use pyo3::types::PyDict;

pub struct Mapping;

impl PyTypeCheck for Mapping {
    const NAME: &'static str = "Mapping";

    fn type_check(object: &Bound<'_, PyAny>) -> bool {
        object.is_instance_of::<PyDict>()
    }
}
