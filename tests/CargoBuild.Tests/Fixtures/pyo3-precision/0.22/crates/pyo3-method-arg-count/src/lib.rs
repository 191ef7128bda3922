// pyo3 0.22: `PyModule::add` called with the name only, no value.
use pyo3::prelude::*;

#[pymodule]
fn pyo3_method_arg_count(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__")?;
    Ok(())
}
