// pyo3 0.29: two `&mut` into the same `Vec` in a `#[pymethods]` method.
use pyo3::prelude::*;

#[pyclass]
struct Board {
    cells: Vec<u32>,
}

#[pymethods]
impl Board {
    #[new]
    fn new() -> Self {
        Board { cells: vec![0, 1] }
    }

    fn swap_first(&mut self) {
        let a = &mut self.cells[0];
        let b = &mut self.cells[1];
        std::mem::swap(a, b);
    }
}

#[pymodule]
fn mutable_twice(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Board>()?;
    Ok(())
}
