using CargoBuild.Diagnostics;
using CargoBuild.Manifests;
using CargoBuild.Toolchain;

namespace CargoBuild.Building;

/// <summary>
/// rustc cannot build a cdylib for a musl target while the C runtime is linked statically, which is musl's default
/// ("cannot produce cdylib"); <c>-C target-feature=-crt-static</c> lifts that, for every crate of the build (as
/// maturin does: passed to the top crate alone, through <c>cargo rustc --</c>, it is ignored). cargo takes its flags
/// from one source only: CARGO_ENCODED_RUSTFLAGS, else RUSTFLAGS, else the config's matching target.&lt;triple&gt; and
/// target.'cfg(..)' rustflags, else build.rustflags. Setting RUSTFLAGS would replace the user's config flags, so the
/// flags cargo would have used are worked out here, the flag is added to them, and all go to cargo as
/// CARGO_ENCODED_RUSTFLAGS.
/// </summary>
internal static class MuslCdylibRustflags
{
    public const string Flag = "target-feature=-crt-static";

    private const char Separator = '\u001f';

    public static bool IsMusl(string? triple) => triple is not null && triple.Contains("-musl", StringComparison.Ordinal);

    /// <summary>True when a package the build builds (<paramref name="packages"/>, or the workspace's default ones) has a cdylib.</summary>
    public static bool BuildsCdylib(string manifestPath, IReadOnlyList<string> packages)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var workspace = CargoWorkspace.Load(manifestPath, diagnostics);
        if (workspace is null)
        {
            return false;
        }

        var built = packages.Count > 0 ? packages : workspace.DefaultPackageNames(diagnostics);
        return workspace.Packages(diagnostics)
            .Where(package => built.Contains(package.PackageName ?? "", StringComparer.Ordinal) || (built.Count == 0 && package.Path == manifestPath))
            .Any(package => package.Document.Get("lib", "crate-type")?.Value is object?[] types && types.Contains("cdylib"));
    }

    /// <summary>
    /// The CARGO_ENCODED_RUSTFLAGS for cargo: the user's flags with <c>-C target-feature=-crt-static</c> added; null when
    /// the flags already turn crt-static off.
    /// </summary>
    /// <param name="variable">The variables cargo will see (those set for it over the build's).</param>
    /// <param name="targetCfg">What <c>rustc --print cfg --target</c> says; asked only when a cfg(...) table sets rustflags.</param>
    public static string? EncodedFor(string triple, Func<string, string?> variable, CargoConfigFiles config, Func<IReadOnlySet<string>> targetCfg)
    {
        var flags = UserFlags(triple, variable, config, targetCfg);
        for (var index = 0; index < flags.Count; index++)
        {
            // -C target-feature=-crt-static, -Ctarget-feature=-crt-static, --codegen target-feature=...
            if (flags[index].EndsWith(Flag, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return string.Join(Separator, [.. flags, "-C", Flag]);
    }

    /// <summary>The flags cargo would pass to rustc for <paramref name="triple"/>, from the one source it would use.</summary>
    public static IReadOnlyList<string> UserFlags(string triple, Func<string, string?> variable, CargoConfigFiles config, Func<IReadOnlySet<string>> targetCfg)
    {
        if (variable("CARGO_ENCODED_RUSTFLAGS") is { } encoded)
        {
            return encoded.Length == 0 ? [] : encoded.Split(Separator);
        }

        if (variable("RUSTFLAGS") is { } rustflags)
        {
            return Words(rustflags);
        }

        // Lowest precedence first: CARGO_HOME's file, then the folders from the root down to the crate; arrays join,
        // a string replaces.
        var files = config.DocumentsWith("rustflags").Reverse().ToList();
        var targetFlags = new List<string>();
        var fromTarget = false;
        IReadOnlySet<string>? cfg = null;
        foreach (var (_, document) in files)
        {
            foreach (var key in document.ChildrenOf("target"))
            {
                if (document.Get("target", key, "rustflags") is not { } entry)
                {
                    continue;
                }

                if (key == triple || (key.StartsWith("cfg(", StringComparison.Ordinal) && CfgExpression.Matches(key, cfg ??= targetCfg())))
                {
                    Merge(targetFlags, entry);
                    fromTarget = true;
                }
            }
        }

        if (variable($"CARGO_TARGET_{triple.ToUpperInvariant().Replace('-', '_').Replace('.', '_')}_RUSTFLAGS") is { } targetVariable)
        {
            targetFlags.AddRange(Words(targetVariable));
            fromTarget = true;
        }

        if (fromTarget)
        {
            return targetFlags;
        }

        var buildFlags = new List<string>();
        foreach (var (_, document) in files)
        {
            if (document.Get("build", "rustflags") is { } entry)
            {
                Merge(buildFlags, entry);
            }
        }

        if (variable("CARGO_BUILD_RUSTFLAGS") is { } buildVariable)
        {
            buildFlags.AddRange(Words(buildVariable));
        }

        return buildFlags;
    }

    private static void Merge(List<string> flags, TomlEntry entry)
    {
        switch (entry.Value)
        {
            case string text:
                flags.Clear();
                flags.AddRange(Words(text));
                break;
            case object?[] array:
                flags.AddRange(array.OfType<string>());
                break;
        }
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
