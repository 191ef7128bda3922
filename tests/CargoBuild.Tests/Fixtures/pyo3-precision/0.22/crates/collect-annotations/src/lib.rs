// pyo3 0.22: `.collect()` into a variable without a type.
use pyo3::prelude::*;

#[pyfunction]
fn count_words(text: &str) -> usize {
    let words = text.split_whitespace().collect();
    words.len()
}

#[pymodule]
fn collect_annotations(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(count_words, m)?)?;
    Ok(())
}
