// Written for PyO3 0.9: ObjectProtocol was a trait to bound on.
use pyo3::prelude::*;

pub fn describe<T: ObjectProtocol>(object: &T) -> String {
    object.str().map(|text| text.to_string()).unwrap_or_default()
}
