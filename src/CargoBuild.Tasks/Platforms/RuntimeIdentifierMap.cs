namespace CargoBuild.Platforms;

/// <summary>
/// Maps .NET runtime identifiers to Rust target triples and back. There is no official table; these are the
/// triples rustup ships for the portable RIDs the .NET SDK knows.
/// </summary>
public static class RuntimeIdentifierMap
{
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

    public static string? TripleFor(string runtimeIdentifier) =>
        Pairs.FirstOrDefault(pair => string.Equals(pair.Rid, runtimeIdentifier, StringComparison.OrdinalIgnoreCase)).Triple;

    public static string? RuntimeIdentifierFor(string triple) =>
        Pairs.FirstOrDefault(pair => pair.Triple == triple).Rid;

    public static IEnumerable<string> KnownRuntimeIdentifiers => Pairs.Select(pair => pair.Rid);
}
