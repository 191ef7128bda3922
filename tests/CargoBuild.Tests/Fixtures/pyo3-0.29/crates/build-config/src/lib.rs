// Written for PyO3 0.28: the Python version comes from build.rs, which reads pyo3-build-config.
pub const PYTHON_VERSION: &str = env!("PYTHON_VERSION");
