using System.Diagnostics;
using CsCheck;

namespace CargoBuild.Tests.Fuzzing;

/// <summary>
/// Runs a parser over generated inputs: each must give a handled result (a value, null or located diagnostics)
/// within a second (twice over, on a busy machine), never an exception. CsCheck shrinks a failing input to a small one and prints it with its seed;
/// CARGOBUILD_FUZZ_ITERATIONS_SCALE multiplies the number of cases for a longer run by hand.
/// </summary>
internal static class FuzzCheck
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    private static readonly double Scale =
        double.TryParse(Environment.GetEnvironmentVariable("CARGOBUILD_FUZZ_ITERATIONS_SCALE"), out var scale) && scale > 0 ? scale : 1;

    public static void Handles(Gen<string> inputs, Action<string> parse, int iterations)
    {
        inputs.Sample(input =>
        {
            // A busy machine can stall one run; an input that is really too costly is slow twice.
            var elapsed = Timed(parse, input);
            if (elapsed >= Limit)
            {
                elapsed = Timed(parse, input);
            }

            Assert.True(elapsed < Limit, $"took {elapsed.TotalMilliseconds:N0} ms: {Escaped(input)}");
        }, iter: (long)(iterations * Scale), print: Escaped);
    }

    private static TimeSpan Timed(Action<string> parse, string input)
    {
        var clock = Stopwatch.StartNew();
        parse(input);
        return clock.Elapsed;
    }

    private static string Escaped(string input) =>
        System.Text.Json.JsonSerializer.Serialize(input.Length <= 2000 ? input : input[..2000] + "…");
}
