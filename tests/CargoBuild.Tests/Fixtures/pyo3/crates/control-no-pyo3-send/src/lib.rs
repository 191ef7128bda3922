// Control: no pyo3 in the graph. An Rc sent to another thread fails like a non-Send #[pyclass] does.
use std::rc::Rc;

#[no_mangle]
pub extern "C" fn spawn_counter() {
    let shared = Rc::new(1);
    std::thread::spawn(move || println!("{}", shared));
}
