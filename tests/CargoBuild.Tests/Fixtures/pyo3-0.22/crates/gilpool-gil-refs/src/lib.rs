// 0.20: a `GILPool` to release GIL-ref memory in a loop, built with the `gil-refs` feature.
use pyo3::prelude::*;

pub fn each(py: Python<'_>, count: usize) {
    for _ in 0..count {
        let pool = unsafe { py.new_pool() };
        drop(pool);
    }
    py.with_pool(|_py| ());
}
