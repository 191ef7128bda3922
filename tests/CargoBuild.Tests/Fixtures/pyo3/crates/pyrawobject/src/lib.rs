// Written for PyO3 0.8: #[new] received a PyRawObject to initialise.
use pyo3::prelude::*;

#[pyclass]
struct Counter {
    count: u64,
}

#[pymethods]
impl Counter {
    #[new]
    fn new(obj: &PyRawObject) {
        obj.init(Counter { count: 0 });
    }
}
