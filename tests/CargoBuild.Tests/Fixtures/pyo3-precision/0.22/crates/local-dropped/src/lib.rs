// pyo3 0.22: a reference to a block-local `String` used after the block.
use pyo3::prelude::*;

#[pyfunction]
fn joined_len(words: Vec<String>) -> usize {
    let joined_ref: &str;
    {
        let joined = words.join(" ");
        joined_ref = joined.as_str();
    }
    joined_ref.len()
}

#[pymodule]
fn local_dropped(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(joined_len, m)?)?;
    Ok(())
}
