//! The functions this library exports to .NET (NativeMethods.cs declares them).

/// Adds two numbers; an overflow wraps around instead of panicking, since a panic must not unwind into .NET.
#[no_mangle]
pub extern "C" fn cargolib_crate_add(left: i32, right: i32) -> i32 {
    left.wrapping_add(right)
}
