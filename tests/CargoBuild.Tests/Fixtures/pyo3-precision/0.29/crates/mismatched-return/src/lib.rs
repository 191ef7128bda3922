// pyo3 0.29: a `#[pymethods]` getter returning `&String` where `String` is declared.
use pyo3::prelude::*;

#[pyclass]
struct Person {
    name: String,
}

#[pymethods]
impl Person {
    #[new]
    fn new(name: String) -> Self {
        Person { name }
    }

    fn name(&self) -> String {
        &self.name
    }
}

#[pymodule]
fn mismatched_return(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Person>()?;
    Ok(())
}
