//! The native side of the HelloRust sample: plain C-ABI functions that .NET calls through P/Invoke.

/// The n-th Fibonacci number, computed iteratively.
#[no_mangle]
pub extern "C" fn hello_rust_fibonacci(n: u32) -> u64 {
    let (mut current, mut next) = (0u64, 1u64);
    for _ in 0..n {
        let sum = current.wrapping_add(next);
        current = next;
        next = sum;
    }
    current
}

/// A static, NUL-terminated greeting that .NET reads as UTF-8.
#[no_mangle]
pub extern "C" fn hello_rust_greeting() -> *const std::os::raw::c_char {
    concat!("Hello from Rust ", env!("CARGO_PKG_VERSION"), "!\0").as_ptr().cast()
}
