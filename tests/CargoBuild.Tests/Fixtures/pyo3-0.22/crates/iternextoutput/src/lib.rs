// 0.20: `__next__` returning `IterNextOutput`.
use pyo3::prelude::*;
use pyo3::pyclass::IterNextOutput;

#[pyclass]
struct Countdown {
    left: u32,
}

#[pymethods]
impl Countdown {
    fn __next__(&mut self) -> IterNextOutput<u32, &'static str> {
        if self.left == 0 {
            return IterNextOutput::Return("done");
        }
        self.left -= 1;
        IterNextOutput::Yield(self.left)
    }
}
