// pyo3 0.22: `impl Default` with an extra method `reset`.
use pyo3::prelude::*;

#[pyclass]
struct Config {
    level: u8,
}

impl Default for Config {
    fn default() -> Self {
        Config { level: 1 }
    }

    fn reset(&mut self) {
        self.level = 1;
    }
}

#[pymethods]
impl Config {
    #[new]
    fn new() -> Self {
        Config::default()
    }
}

#[pymodule]
fn method_not_in_trait(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Config>()?;
    Ok(())
}
