// Control: the 0.22 `Bound` API, which builds without errors or warnings.
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PySequence};

#[pyclass]
struct Counter {
    #[pyo3(get)]
    value: u32,
}

#[pyfunction]
#[pyo3(signature = (items=None))]
fn total(items: Option<&Bound<'_, PySequence>>) -> PyResult<usize> {
    items.map_or(Ok(0), |sequence| sequence.len())
}

#[pyfunction]
fn settings(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let dict = PyDict::new_bound(py);
    dict.set_item("numbers", PyList::new_bound(py, [1, 2, 3]))?;
    dict.set_item("pi", py.import_bound("math")?.getattr("pi")?)?;
    Ok(dict)
}

#[pymodule]
fn control_022_bound_api(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Counter>()?;
    m.add_function(wrap_pyfunction!(total, m)?)?;
    m.add_function(wrap_pyfunction!(settings, m)?)
}
