namespace Company.CargoLib_1.Tests;

// These tests run the Rust code: Calculator calls the library cargo built from native/.
public class CalculatorTests
{
    [Fact]
    public void AddReturnsTheSumRustComputes() => Assert.Equal(5, Calculator.Add(2, 3));

    [Fact]
    public void AddWrapsAroundOnOverflow() => Assert.Equal(int.MinValue, Calculator.Add(int.MaxValue, 1));
}
