// Written for PyO3 0.8: #[pyproto] methods took other Python objects of the class as plain references.
use pyo3::class::PyNumberProtocol;
use pyo3::prelude::*;

#[pyclass]
#[derive(Clone)]
struct Number {
    value: i64,
}

#[pyproto]
impl PyNumberProtocol for Number {
    fn __add__(lhs: &Number, rhs: &Number) -> Number {
        Number { value: lhs.value + rhs.value }
    }
}
