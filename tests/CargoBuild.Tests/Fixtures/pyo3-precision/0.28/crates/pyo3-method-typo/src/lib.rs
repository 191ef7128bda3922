// pyo3 0.28: `m.add_functon(…)`, a typo for `add_function`.
use pyo3::prelude::*;

#[pyfunction]
fn answer() -> u32 {
    42
}

#[pymodule]
fn pyo3_method_typo(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_functon(wrap_pyfunction!(answer, m)?)?;
    Ok(())
}
