// pyo3 0.22: `__richcmp__` calling `key()`, which two traits in scope define.
use pyo3::basic::CompareOp;
use pyo3::prelude::*;

#[pyclass]
struct Version {
    major: u32,
    name: String,
}

trait ByNumber {
    fn key(&self) -> u32;
}

trait ByName {
    fn key(&self) -> u32;
}

impl ByNumber for Version {
    fn key(&self) -> u32 {
        self.major
    }
}

impl ByName for Version {
    fn key(&self) -> u32 {
        self.name.len() as u32
    }
}

#[pymethods]
impl Version {
    #[new]
    fn new(major: u32, name: String) -> Self {
        Version { major, name }
    }

    fn __richcmp__(&self, other: PyRef<'_, Self>, op: CompareOp) -> bool {
        op.matches(self.key().cmp(&other.major))
    }
}

#[pymodule]
fn ambiguous_richcmp(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Version>()?;
    Ok(())
}
