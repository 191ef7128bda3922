using System.Collections;
using System.Text;

namespace CargoBuild.UpToDate;

/// <summary>
/// A hash of everything that changes cargo's output without changing a file: the command line, the toolchain's
/// identity, the environment cargo, rustc, build scripts and PyO3 read, and the variables CargoBuild sets for cargo
/// (CargoEnvironmentVariables, Environment metadata).
/// </summary>
internal static class CargoBuildStamp
{
    private static readonly string[] EnvironmentPrefixes = ["CARGO", "RUST", "PYO3_", "CC", "CXX", "AR", "CFLAGS", "CXXFLAGS", "LDFLAGS", "MACOSX_DEPLOYMENT_TARGET", "SDKROOT"];

    public static string Compute(string cargoPath, IReadOnlyList<string> arguments, string toolchainIdentity, IDictionary environment,
        IReadOnlyDictionary<string, string>? cargoVariables = null)
    {
        var text = new StringBuilder();
        text.Append("cargo=").AppendLine(cargoPath);
        foreach (var argument in arguments)
        {
            text.Append("arg=").AppendLine(argument);
        }

        text.Append("toolchain=").AppendLine(toolchainIdentity);

        // A plain loop and a sort of strings: every no-op build runs this, and LINQ over the dictionary's entries
        // would JIT-compile a few dozen generic methods for it.
        var variables = new List<string>();
        foreach (DictionaryEntry entry in environment)
        {
            var name = (string)entry.Key;
            foreach (var prefix in EnvironmentPrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    variables.Add($"env:{name}={entry.Value as string}");
                    break;
                }
            }
        }

        foreach (var variable in cargoVariables ?? new Dictionary<string, string>())
        {
            variables.Add($"set:{variable.Key}={variable.Value}");
        }

        variables.Sort(StringComparer.Ordinal);
        foreach (var variable in variables)
        {
            text.AppendLine(variable);
        }

        return TextHash.Of(text.ToString());
    }
}
