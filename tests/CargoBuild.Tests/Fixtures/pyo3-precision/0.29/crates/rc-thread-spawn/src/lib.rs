// pyo3 0.29: an `Rc` moved into `std::thread::spawn` in a `#[pyfunction]`.
use pyo3::prelude::*;
use std::rc::Rc;

#[pyfunction]
fn background_sum(values: Vec<u64>) -> u64 {
    let shared = Rc::new(values);
    let handle = std::thread::spawn(move || shared.iter().sum::<u64>());
    handle.join().unwrap()
}

#[pymodule]
fn rc_thread_spawn(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(background_sum, m)?)?;
    Ok(())
}
