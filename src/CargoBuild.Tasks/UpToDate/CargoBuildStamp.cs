using System.Collections;
using System.Text;

namespace CargoBuild.UpToDate;

/// <summary>
/// A hash of everything that changes cargo's output without changing a file: the command line, the toolchain's
/// identity, and the environment cargo, rustc, build scripts and PyO3 read.
/// </summary>
public static class CargoBuildStamp
{
    private static readonly string[] EnvironmentPrefixes = ["CARGO", "RUST", "PYO3_", "CC", "CXX", "AR", "CFLAGS", "CXXFLAGS", "LDFLAGS", "MACOSX_DEPLOYMENT_TARGET", "SDKROOT"];

    public static string Compute(string cargoPath, IReadOnlyList<string> arguments, string toolchainIdentity, IDictionary environment)
    {
        var text = new StringBuilder();
        text.Append("cargo=").AppendLine(cargoPath);
        foreach (var argument in arguments)
        {
            text.Append("arg=").AppendLine(argument);
        }

        text.Append("toolchain=").AppendLine(toolchainIdentity);
        foreach (var (name, value) in environment.Cast<DictionaryEntry>()
            .Select(entry => ((string)entry.Key, entry.Value as string ?? ""))
            .Where(entry => EnvironmentPrefixes.Any(prefix => entry.Item1.StartsWith(prefix, StringComparison.Ordinal)))
            .OrderBy(entry => entry.Item1, StringComparer.Ordinal))
        {
            text.Append("env:").Append(name).Append('=').AppendLine(value);
        }

        return TextHash.Of(text.ToString());
    }
}
