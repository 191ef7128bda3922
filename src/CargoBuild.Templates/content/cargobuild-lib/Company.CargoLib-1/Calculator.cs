namespace Company.CargoLib_1;

/// <summary>Arithmetic computed in Rust, by the functions native/src/lib.rs exports.</summary>
public static class Calculator
{
    /// <summary>The sum of two numbers; an overflow wraps around, as in unchecked C#.</summary>
    public static int Add(int left, int right) => NativeMethods.Add(left, right);
}
