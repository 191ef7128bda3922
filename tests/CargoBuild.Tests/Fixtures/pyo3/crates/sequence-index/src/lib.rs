// Written for PyO3 0.14: sequence indices were isize and PyTuple::get_item returned the item itself.
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};

pub fn last(list: &PyList) -> &PyAny {
    list.get_item(-1)
}

pub fn at(list: &PyList, index: isize) -> &PyAny {
    list.get_item(index)
}

pub fn first(tuple: &PyTuple) -> PyResult<i64> {
    tuple.get_item(0).extract()
}
