// Written for PyO3 0.10: #[pyclass] values did not have to be Send.
use std::rc::Rc;

use pyo3::prelude::*;

#[pyclass]
struct Shared {
    value: Rc<i64>,
}
