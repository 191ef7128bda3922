// Written for PyO3 0.16: protocol traits such as PyObjectProtocol were in scope through pyo3::class.
use pyo3::prelude::*;

#[pyclass]
struct Number {
    value: i64,
}

impl<'p> PyObjectProtocol<'p> for Number {}
