// Written for PyO3 0.25: GILOnceCell, replaced by PyOnceLock in 0.26.
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;

static ANSWER: GILOnceCell<u64> = GILOnceCell::new();

pub fn answer(py: Python<'_>) -> u64 {
    *ANSWER.get_or_init(py, || 42)
}
