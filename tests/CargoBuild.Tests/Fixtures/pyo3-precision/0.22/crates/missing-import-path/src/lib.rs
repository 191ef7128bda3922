// pyo3 0.22: `HashMap::new()` without `use std::collections::HashMap`.
use pyo3::prelude::*;

#[pyfunction]
fn letter_counts(text: &str) -> usize {
    let mut counts = HashMap::new();
    for letter in text.chars() {
        *counts.entry(letter).or_insert(0) += 1;
    }
    counts.len()
}

#[pymodule]
fn missing_import_path(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(letter_counts, m)?)?;
    Ok(())
}
