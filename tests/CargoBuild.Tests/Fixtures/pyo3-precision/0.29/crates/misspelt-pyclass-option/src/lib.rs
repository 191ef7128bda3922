// pyo3 0.29: `#[pyclass(frozn)]`, a misspelt option.
use pyo3::prelude::*;

#[pyclass(frozn)]
struct Point {
    x: i64,
}

#[pymethods]
impl Point {
    #[new]
    fn new(x: i64) -> Self {
        Point { x }
    }

    fn x(&self) -> i64 {
        self.x
    }
}

#[pymodule]
fn misspelt_pyclass_option(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Point>()?;
    Ok(())
}
