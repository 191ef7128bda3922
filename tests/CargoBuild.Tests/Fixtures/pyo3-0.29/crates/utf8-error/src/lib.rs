// Written for PyO3 0.28: `?` turned a str::Utf8Error into a PyErr, an impl 0.29 removed.
use pyo3::prelude::*;

pub fn bytes_to_str(bytes: &[u8]) -> PyResult<&str> {
    Ok(std::str::from_utf8(bytes)?)
}
