// 0.20: building a submodule with `PyModule::new` and `PyModule::import`.
use pyo3::prelude::*;

pub fn submodule(py: Python<'_>) -> PyResult<()> {
    let child = PyModule::new(py, "child")?;
    let os = PyModule::import(py, "os")?;
    child.add("sep", os.getattr("sep")?)?;
    Ok(())
}
