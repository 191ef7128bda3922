// 0.20: `PyList::try_from(obj)` with `PyTryFrom` imported, in the 2021 edition (whose prelude has `TryFrom`).
use pyo3::prelude::*;
use pyo3::types::PyList;
use pyo3::PyTryFrom;

pub fn first(obj: &PyAny) -> PyResult<PyObject> {
    let list = PyList::try_from(obj)?;
    Ok(list.get_item(0)?.into())
}
