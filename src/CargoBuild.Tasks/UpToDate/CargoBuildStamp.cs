using System.Collections;
using System.Text;

namespace CargoBuild.UpToDate;

/// <summary>
/// A hash of everything that changes cargo's output without changing a file: the command line, the toolchain's
/// identity, the environment cargo, rustc, build scripts and PyO3 read, and the variables CargoBuild sets for cargo
/// (CargoEnvironmentVariables, Environment metadata); with a hash of each, so that a rebuild can say what changed.
/// </summary>
internal static class CargoBuildStamp
{
    private static readonly string[] EnvironmentPrefixes = ["CARGO", "RUST", "PYO3_", "CC", "CXX", "AR", "CFLAGS", "CXXFLAGS", "LDFLAGS", "MACOSX_DEPLOYMENT_TARGET", "SDKROOT"];

    public static BuildStamp Compute(string cargoPath, IReadOnlyList<string> arguments, string toolchainIdentity, IDictionary environment,
        IReadOnlyDictionary<string, string>? cargoVariables = null)
    {
        var commandLine = new StringBuilder();
        foreach (var argument in arguments)
        {
            commandLine.Append("arg=").AppendLine(argument);
        }

        // Plain loops and a sort of strings: every no-op build runs this, and LINQ over the dictionary's entries (or a
        // sort of pairs) would JIT-compile generic methods for it.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in environment)
        {
            var name = (string)entry.Key;
            foreach (var prefix in EnvironmentPrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    values[BuildStamp.EnvironmentPartPrefix + name] = entry.Value as string ?? "";
                    break;
                }
            }
        }

        foreach (var variable in cargoVariables ?? new Dictionary<string, string>())
        {
            values[BuildStamp.CargoVariablePartPrefix + variable.Key] = variable.Value;
        }

        var names = new List<string>(values.Keys);
        names.Sort(StringComparer.Ordinal);
        var parts = new List<BuildStampPart>(names.Count + 3)
        {
            new(BuildStamp.CargoPart, TextHash.Of(cargoPath)),
            new(BuildStamp.ArgumentsPart, TextHash.Of(commandLine.ToString())),
            new(BuildStamp.ToolchainPart, TextHash.Of(toolchainIdentity)),
        };
        foreach (var name in names)
        {
            parts.Add(new BuildStampPart(name, TextHash.Of(values[name])));
        }

        // The stamp is the hash of its parts: one value to compare, and the parts say which changed.
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Name).Append('=').AppendLine(part.Hash);
        }

        return new BuildStamp(TextHash.Of(text.ToString()), parts);
    }
}
