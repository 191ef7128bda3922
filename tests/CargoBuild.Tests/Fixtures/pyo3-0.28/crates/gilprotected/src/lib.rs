// Written for PyO3 0.25: GILProtected, deprecated in 0.26.
use std::cell::RefCell;

use pyo3::prelude::*;
use pyo3::sync::GILProtected;

static SEEN: GILProtected<RefCell<Vec<u64>>> = GILProtected::new(RefCell::new(Vec::new()));

pub fn remember(py: Python<'_>, value: u64) {
    SEEN.get(py).borrow_mut().push(value);
}
