// Written for PyO3 0.11: Py<T>::as_ref came from the AsPyRef trait (in the prelude until 0.12).
use pyo3::AsPyRef;

pub fn as_text<T: pyo3::prelude::AsPyRef>(object: &T) -> &T {
    object
}
