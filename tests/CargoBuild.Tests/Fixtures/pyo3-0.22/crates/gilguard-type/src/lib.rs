// 0.18: naming the `GILGuard` that `Python::acquire_gil` returned.
use pyo3::GILGuard;

pub fn keep(guard: GILGuard) -> GILGuard {
    guard
}
