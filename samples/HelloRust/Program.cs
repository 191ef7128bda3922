using System.Runtime.InteropServices;

// The answer comes from Rust: both functions are exported by native/src/lib.rs.
var value = NativeMethods.hello_rust_fibonacci(40);
var greeting = Marshal.PtrToStringUTF8(NativeMethods.hello_rust_greeting());
Console.WriteLine($"{greeting} fibonacci(40) = {value}, computed in Rust.");

internal static class NativeMethods
{
    // "hello_rust" resolves to libhello_rust.so, libhello_rust.dylib or hello_rust.dll next to the app.
    [DllImport("hello_rust")]
    internal static extern ulong hello_rust_fibonacci(uint n);

    [DllImport("hello_rust")]
    internal static extern IntPtr hello_rust_greeting();
}
