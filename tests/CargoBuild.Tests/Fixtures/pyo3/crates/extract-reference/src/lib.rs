// Written for PyO3 0.8: a #[pyclass] was extracted as a plain reference.
use pyo3::prelude::*;

#[pyclass]
struct Settings {
    verbose: bool,
}

pub fn is_verbose(object: &PyAny) -> PyResult<bool> {
    let settings: &Settings = object.extract()?;
    Ok(settings.verbose)
}
