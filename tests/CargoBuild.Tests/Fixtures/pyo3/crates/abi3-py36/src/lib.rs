// Written for PyO3 0.15: abi3-py36 built for the stable ABI of Python 3.6, which 0.16 dropped.
use pyo3::prelude::*;

#[pyfunction]
fn double(x: i64) -> i64 {
    x * 2
}
