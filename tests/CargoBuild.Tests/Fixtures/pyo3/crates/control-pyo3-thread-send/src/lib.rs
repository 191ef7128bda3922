// Control: pyo3 is in the graph, but the Send error comes from std::thread::spawn, not from a #[pyclass].
use std::rc::Rc;

use pyo3::prelude::*;

#[pyfunction]
fn spawn_counter() {
    let shared = Rc::new(1);
    std::thread::spawn(move || println!("{}", shared));
}
