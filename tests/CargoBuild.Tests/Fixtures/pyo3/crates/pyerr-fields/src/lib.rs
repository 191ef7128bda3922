// Written for PyO3 0.11: PyErr's fields were public.
use pyo3::prelude::*;

pub fn error_type(error: PyErr) -> String {
    let kind = error.ptype;
    format!("{:?}", kind)
}
