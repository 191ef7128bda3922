// Control: no pyo3 in the graph. Unresolved names that look like removed PyO3 items.
use std::collections::ObjectProtocol;

pub struct Wrapper;

pub fn make(_object: &PyRawObject) -> Wrapper {
    Wrapper
}
