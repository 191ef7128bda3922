// 0.21: `PyType::name` returning `Cow<str>`.
use std::borrow::Cow;

use pyo3::prelude::*;
use pyo3::types::PyType;

#[pyfunction]
fn type_name(ty: &Bound<'_, PyType>) -> PyResult<String> {
    let name: Cow<'_, str> = ty.name()?;
    Ok(name.into_owned())
}

#[pyfunction]
fn type_name_owned(ty: &Bound<'_, PyType>) -> PyResult<String> {
    Ok(ty.name()?.into_owned())
}

#[pymodule]
fn old_api_022_pytype_name(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(type_name, m)?)?;
    m.add_function(wrap_pyfunction!(type_name_owned, m)?)
}
