using CsCheck;

namespace CargoBuild.Tests.Fuzzing;

/// <summary>
/// Runs a parser over generated inputs: each must give a handled result (a value, null or located diagnostics), never
/// an exception. CsCheck shrinks a failing input to a small one and prints it with its seed;
/// CARGOBUILD_FUZZ_ITERATIONS_SCALE multiplies the number of cases for a longer run by hand.
/// </summary>
internal static class FuzzCheck
{
    private static readonly double Scale =
        double.TryParse(Environment.GetEnvironmentVariable("CARGOBUILD_FUZZ_ITERATIONS_SCALE"), out var scale) && scale > 0 ? scale : 1;

    public static void Handles(Gen<string> inputs, Action<string> parse, int iterations)
    {
        inputs.Sample(parse, iter: (long)(iterations * Scale), print: Escaped);
    }

    private static string Escaped(string input) =>
        System.Text.Json.JsonSerializer.Serialize(input.Length <= 2000 ? input : input[..2000] + "…");
}
