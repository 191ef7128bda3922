// Written for PyO3 0.27: PyBuffer<T>'s untyped functions called by path, moved to PyUntypedBuffer in 0.28.
use pyo3::buffer::PyBuffer;
use pyo3::prelude::*;

pub fn describe(buffer: &PyBuffer<u8>) -> (usize, bool) {
    (PyBuffer::<u8>::item_size(buffer), PyBuffer::<u8>::readonly(buffer))
}
