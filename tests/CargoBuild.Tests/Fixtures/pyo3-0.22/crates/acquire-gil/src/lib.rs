// 0.18: `Python::acquire_gil()` and its `GILGuard`.
use pyo3::prelude::*;

pub fn answer() -> PyResult<i64> {
    let gil = Python::acquire_gil();
    let py = gil.python();
    py.eval_bound("6 * 7", None, None)?.extract()
}
