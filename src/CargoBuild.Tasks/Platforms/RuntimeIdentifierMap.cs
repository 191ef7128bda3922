namespace CargoBuild.Platforms;

/// <summary>
/// Maps .NET runtime identifiers to Rust target triples and back. There is no official table; these are the
/// triples rustup ships for the portable RIDs the .NET SDK knows. Windows RIDs map to the MSVC ABI unless the GNU
/// ABI (MinGW) or gnullvm is asked for: both run where the MSVC build runs, so they map back to the same RID.
/// </summary>
internal static class RuntimeIdentifierMap
{
    /// <summary>The Windows ABIs Rust has targets for; the first is the default.</summary>
    public static readonly IReadOnlyList<string> WindowsAbis = ["msvc", "gnu", "gnullvm"];

    private const string WindowsTripleSuffix = "-pc-windows-";

    private static readonly (string Rid, string Triple)[] Pairs =
    [
        ("win-x64", "x86_64-pc-windows-msvc"),
        ("win-x86", "i686-pc-windows-msvc"),
        ("win-arm64", "aarch64-pc-windows-msvc"),
        ("linux-x64", "x86_64-unknown-linux-gnu"),
        ("linux-x86", "i686-unknown-linux-gnu"),
        ("linux-arm64", "aarch64-unknown-linux-gnu"),
        ("linux-arm", "armv7-unknown-linux-gnueabihf"),
        ("linux-musl-x64", "x86_64-unknown-linux-musl"),
        ("linux-musl-arm64", "aarch64-unknown-linux-musl"),
        ("linux-musl-arm", "armv7-unknown-linux-musleabihf"),
        ("linux-riscv64", "riscv64gc-unknown-linux-gnu"),
        ("linux-loongarch64", "loongarch64-unknown-linux-gnu"),
        ("linux-ppc64le", "powerpc64le-unknown-linux-gnu"),
        ("linux-s390x", "s390x-unknown-linux-gnu"),
        ("osx-x64", "x86_64-apple-darwin"),
        ("osx-arm64", "aarch64-apple-darwin"),
        ("freebsd-x64", "x86_64-unknown-freebsd"),
        ("android-arm64", "aarch64-linux-android"),
        ("android-x64", "x86_64-linux-android"),
        ("ios-arm64", "aarch64-apple-ios"),
        ("iossimulator-arm64", "aarch64-apple-ios-sim"),
        ("maccatalyst-arm64", "aarch64-apple-ios-macabi"),
    ];

    public static string? TripleFor(string runtimeIdentifier) => TripleFor(runtimeIdentifier, null);

    /// <summary>The triple for a RID; <paramref name="windowsAbi"/> (msvc, gnu, gnullvm; empty for msvc) picks a Windows RID's ABI.</summary>
    public static string? TripleFor(string runtimeIdentifier, string? windowsAbi)
    {
        var triple = Pairs.FirstOrDefault(pair => string.Equals(pair.Rid, runtimeIdentifier, StringComparison.OrdinalIgnoreCase)).Triple;
        if (triple is null || string.IsNullOrWhiteSpace(windowsAbi) || !triple.Contains(WindowsTripleSuffix, StringComparison.Ordinal))
        {
            return triple;
        }

        return triple[..(triple.IndexOf(WindowsTripleSuffix, StringComparison.Ordinal) + WindowsTripleSuffix.Length)] + windowsAbi!.Trim().ToLowerInvariant();
    }

    /// <summary>The RID whose apps can load a library built for <paramref name="triple"/>; null for a triple no RID stands for.</summary>
    public static string? RuntimeIdentifierFor(string triple)
    {
        var suffix = triple.IndexOf(WindowsTripleSuffix, StringComparison.Ordinal);
        var canonical = suffix >= 0 && WindowsAbis.Contains(triple[(suffix + WindowsTripleSuffix.Length)..])
            ? triple[..(suffix + WindowsTripleSuffix.Length)] + WindowsAbis[0]
            : triple;
        return Pairs.FirstOrDefault(pair => pair.Triple == canonical).Rid;
    }

    public static bool IsWindowsAbi(string abi) => WindowsAbis.Contains(abi.Trim().ToLowerInvariant());

    public static IEnumerable<string> KnownRuntimeIdentifiers => Pairs.Select(pair => pair.Rid);
}
