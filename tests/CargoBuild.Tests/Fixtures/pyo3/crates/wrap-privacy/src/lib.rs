// Written for PyO3 0.15: wrap_pyfunction! and wrap_pymodule! could reach private items of other modules.
use pyo3::prelude::*;
use pyo3::wrap_pymodule;

mod inner {
    use pyo3::prelude::*;

    #[pyfunction]
    fn double(x: i64) -> i64 {
        x * 2
    }

    #[pymodule]
    fn helpers(_py: Python, _module: &PyModule) -> PyResult<()> {
        Ok(())
    }
}

#[pymodule]
fn wrap_privacy(_py: Python, module: &PyModule) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(inner::double, module)?)?;
    module.add_wrapped(wrap_pymodule!(inner::helpers))?;
    Ok(())
}
