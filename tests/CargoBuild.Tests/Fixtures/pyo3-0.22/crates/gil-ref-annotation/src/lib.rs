// 0.21: half-migrated code, a `Bound` constructor assigned to a GIL-ref annotation.
use pyo3::prelude::*;
use pyo3::types::PyList;

pub fn numbers(py: Python<'_>) -> usize {
    let list: &PyList = PyList::new_bound(py, [1, 2, 3]);
    list.len()
}
