// pyo3 0.29: a `&str` into a `PyRef` borrow used after the borrow is dropped.
use pyo3::prelude::*;

#[pyclass]
struct Person {
    name: String,
}

#[pyfunction]
fn name_len(person: &Bound<'_, Person>) -> usize {
    let name: &str;
    {
        let borrowed = person.borrow();
        name = &borrowed.name;
    }
    name.len()
}

#[pymodule]
fn pyref_dropped(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(name_len, m)?)?;
    m.add_class::<Person>()?;
    Ok(())
}
