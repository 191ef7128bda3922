// Written for PyO3 0.22: IntoPyDict with into_py_dict_bound, adjusted in 0.23.
use pyo3::prelude::*;
use pyo3::types::{IntoPyDict, PyDict};

pub struct Settings {
    pub debug: bool,
}

impl IntoPyDict for Settings {
    fn into_py_dict_bound(self, py: Python<'_>) -> Bound<'_, PyDict> {
        [("debug", self.debug)].into_py_dict_bound(py)
    }
}
