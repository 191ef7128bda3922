// 0.20: importing `GILPool`, which 0.22 gates behind the `gil-refs` feature.
use pyo3::GILPool;

pub fn pool() -> GILPool {
    unsafe { GILPool::new() }
}
