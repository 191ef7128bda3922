// 0.19: `PyDict::get_item` returning `Option`, built with the `gil-refs` feature so `&PyDict` still compiles.
use pyo3::prelude::*;
use pyo3::types::PyDict;

#[pyfunction]
fn lookup(dict: &PyDict) -> PyResult<i64> {
    if let Some(first) = dict.get_item("first") {
        return first.extract();
    }
    let second = dict.get_item("second").unwrap().extract::<i64>()?;
    let third = dict.get_item_with_error("third")?;
    Ok(second + third.map_or(0, |_| 1))
}

#[pymodule]
fn old_api_022_dict_get_item(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(lookup, m)?)
}
