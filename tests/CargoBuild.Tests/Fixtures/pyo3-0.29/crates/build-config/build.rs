// Written for PyO3 0.28: a build script reading PyO3's configuration in a crate without a pyo3 dependency.
fn main() {
    let config = pyo3_build_config::get();
    println!("cargo:rustc-env=PYTHON_VERSION={}", config.version());
}
