use pyo3::prelude::*;

struct Opaque;

#[pyfunction]
fn names() -> Vec<String> {
    let names: Vec<String> = Vec::<i32>::new();
    names
}

#[pyclass]
struct Counter {
    count: i32,
}

#[pymethods]
impl Counter {
    fn take(&self, _value: Opaque) -> i32 {
        self.count
    }
}

#[pyfunction]
#[pyo3(signature = (**kwargs))]
fn count_kwargs(kwargs: Option<Opaque>) -> usize {
    usize::from(kwargs.is_some())
}

#[pyfunction]
fn ambiguous(first: Option<i32>, second: i32) -> i32 {
    first.unwrap_or(second)
}

#[pyfunction]
fn total(a: i32, b: i32) -> String {
    let sum: String = a + b;
    sum
}

#[pymodule]
fn fidelity_pyo3(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(total, m)?)?;
    m.add_function(wrap_pyfunction!(missing, m)?)?;
    Ok(())
}
