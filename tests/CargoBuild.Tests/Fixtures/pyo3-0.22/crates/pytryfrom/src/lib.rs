// 0.20: `PyTryFrom::try_from` to downcast a GIL-ref.
use pyo3::prelude::*;
use pyo3::types::PyList;
use pyo3::PyTryFrom;

pub fn first(obj: &PyAny) -> PyResult<PyObject> {
    let list = <PyList as PyTryFrom>::try_from(obj)?;
    Ok(list.get_item(0)?.into())
}
