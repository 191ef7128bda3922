namespace CargoBuild.Building;

/// <summary>The cargo command lines CargoBuild runs.</summary>
internal static class CargoCommandLine
{
    /// <summary>
    /// <c>cargo build</c> with JSON messages. No <c>--target</c> for the host, so that a hand-run <c>cargo build</c>
    /// and <c>dotnet build</c> share one set of artifacts.
    /// </summary>
    public static IReadOnlyList<string> Build(CargoBuildSettings settings)
    {
        var arguments = new List<string> { "build", "--message-format=json" };
        AddCommon(arguments, settings);
        if (settings.Features.Count > 0)
        {
            arguments.Add("--features");
            arguments.Add(string.Join(",", settings.Features));
        }

        if (settings.NoDefaultFeatures)
        {
            arguments.Add("--no-default-features");
        }

        if (settings.Offline)
        {
            arguments.Add("--offline");
        }

        if (settings.Locked)
        {
            arguments.Add("--locked");
        }

        arguments.AddRange(settings.ExtraArguments);
        return arguments;
    }

    /// <summary>
    /// <c>cargo clean</c> of what <see cref="Build"/> produced for the same settings, and nothing else: the packages it
    /// built (<paramref name="defaultPackages"/>, cargo's default members, when the settings name none), in its profile
    /// and target. Without --package cargo would empty the profile's whole folder, which other crates sharing the
    /// target folder use too.
    /// </summary>
    public static IReadOnlyList<string> Clean(CargoBuildSettings settings, IReadOnlyList<string> defaultPackages)
    {
        var arguments = new List<string> { "clean" };
        AddCommon(arguments, settings.Packages.Count > 0 ? settings : settings with { Packages = defaultPackages });
        if (settings.Offline)
        {
            // cargo clean --package resolves the workspace.
            arguments.Add("--offline");
        }

        return arguments;
    }

    /// <summary>The workspace root and target folder, without resolving dependencies.</summary>
    public static IReadOnlyList<string> Metadata(CargoBuildSettings settings)
    {
        var arguments = new List<string> { "metadata", "--format-version", "1", "--no-deps", "--manifest-path", settings.ManifestPath };
        if (settings.Offline)
        {
            arguments.Add("--offline");
        }

        return arguments;
    }

    private static void AddCommon(List<string> arguments, CargoBuildSettings settings)
    {
        arguments.Add("--manifest-path");
        arguments.Add(settings.ManifestPath);
        arguments.Add("--profile");
        arguments.Add(settings.Profile);
        foreach (var package in settings.Packages)
        {
            arguments.Add("--package");
            arguments.Add(package);
        }

        if (!string.IsNullOrEmpty(settings.TargetTriple))
        {
            arguments.Add("--target");
            arguments.Add(settings.TargetTriple!);
        }

        if (!string.IsNullOrEmpty(settings.TargetDirectory))
        {
            arguments.Add("--target-dir");
            arguments.Add(settings.TargetDirectory!);
        }
    }
}
