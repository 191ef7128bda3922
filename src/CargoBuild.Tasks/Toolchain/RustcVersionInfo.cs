using System.Text.RegularExpressions;
using CargoBuild.Versions;

namespace CargoBuild.Toolchain;

/// <summary>
/// What <c>rustc -vV</c> says about a toolchain. The release line is authoritative: packagers append their own text
/// to the first line ("(built from a source tarball)", "(Fedora 1.67.0-2.fc37)", "(Homebrew)"), and distro builds
/// print a plain "1.63.0" with an unknown commit.
/// </summary>
internal sealed partial record RustcVersionInfo(CargoVersion Release, RustChannel Channel, string? Host, string? CommitHash)
{
    public static RustcVersionInfo? Parse(string output)
    {
        string? release = null, host = null, commit = null;
        foreach (var line in output.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("release:", StringComparison.Ordinal))
            {
                release = trimmed["release:".Length..].Trim();
            }
            else if (trimmed.StartsWith("host:", StringComparison.Ordinal))
            {
                host = trimmed["host:".Length..].Trim();
            }
            else if (trimmed.StartsWith("commit-hash:", StringComparison.Ordinal))
            {
                commit = trimmed["commit-hash:".Length..].Trim();
            }
        }

        release ??= FirstLine().Match(output) is { Success: true } first ? first.Groups["release"].Value : null;
        if (!CargoVersion.TryParse(release, out var version))
        {
            return null;
        }

        return new RustcVersionInfo(version!, ChannelOf(version!), host, commit is null or "unknown" ? null : commit);
    }

    public override string ToString() => $"rustc {Release} ({Channel.ToString().ToLowerInvariant()})";

    private static RustChannel ChannelOf(CargoVersion version) => version.PreRelease switch
    {
        null => RustChannel.Stable,
        var tag when tag.StartsWith("beta", StringComparison.Ordinal) => RustChannel.Beta,
        var tag when tag.StartsWith("nightly", StringComparison.Ordinal) => RustChannel.Nightly,
        _ => RustChannel.Dev,
    };

    [GeneratedRegex(@"^rustc (?<release>\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)", RegexOptions.Multiline)]
    private static partial Regex FirstLine();
}
