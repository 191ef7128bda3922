// pyo3 0.28: `#[pyo3(get)]` on a field whose type is neither `Clone` nor a Python type.
use pyo3::prelude::*;

struct Settings {
    verbose: bool,
}

#[pyclass]
struct App {
    #[pyo3(get)]
    settings: Settings,
}

#[pymethods]
impl App {
    #[new]
    fn new() -> Self {
        App { settings: Settings { verbose: false } }
    }

    fn verbose(&self) -> bool {
        self.settings.verbose
    }
}

#[pymodule]
fn get_non_clone_field(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<App>()?;
    Ok(())
}
