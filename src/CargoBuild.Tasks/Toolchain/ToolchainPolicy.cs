using CargoBuild.Diagnostics;
using CargoBuild.Versions;

namespace CargoBuild.Toolchain;

/// <summary>
/// The gate's rules. Required Rust is the highest of the user's minimum, the crate's rust-version and the resolved
/// PyO3's own minimum; the toolchain meets it as cargo judges (its pre-release ignored). PyO3 must be one version,
/// at least the user's minimum, and from 0.11 on unless the compiler is a nightly.
/// </summary>
internal static class ToolchainPolicy
{
    public static ToolchainVerdict Evaluate(CrateToolchainFacts facts, RustcVersionInfo rustc, ToolchainSettings settings, PyO3RustRequirements pyo3Table)
    {
        var errors = new List<BuildDiagnostic>();
        var pyo3 = facts.PyO3 is { Versions.Count: > 0 } resolution ? resolution.Versions[0] : null;

        var requirements = new List<VersionRequirementSource>();
        if (settings.RustMinimum is { } userMinimum)
        {
            requirements.Add(userMinimum);
        }

        requirements.AddRange(facts.RustRequirements);
        if (pyo3 is not null && pyo3Table.MinimumRustFor(pyo3) is { } pyo3Rust)
        {
            requirements.Add(new VersionRequirementSource(pyo3Rust, $"{pyo3Rust.Major}.{pyo3Rust.Minor}", $"pyo3 {pyo3}'s minimum Rust")
            {
                File = facts.PyO3!.File,
                Line = facts.PyO3.Line,
                Column = facts.PyO3.Column,
            });
        }

        var required = requirements.OrderByDescending(requirement => requirement.Version).FirstOrDefault();
        if (required is not null && rustc.Release.Release < required.Version)
        {
            errors.Add(Located(required, DiagnosticCodes.RustTooOld,
                $"{rustc} is older than Rust {required.Text}, which {required.Origin} requires for {facts.ManifestPath}. " +
                "Update the toolchain (rustup update, or the channel in rust-toolchain.toml)."));
        }

        if (settings.RequireStable && rustc.Channel != RustChannel.Stable)
        {
            errors.Add(new BuildDiagnostic(DiagnosticCodes.NotStableChannel,
                $"{rustc} is not a stable toolchain, and RustRequireStable is true for {facts.ManifestPath}. " +
                "Select a stable toolchain (rust-toolchain.toml channel = \"stable\", or rustup default stable).")
                { File = facts.ManifestPath });
        }

        if (facts.PyO3 is { Versions.Count: > 1 } several)
        {
            errors.Add(Located(several, DiagnosticCodes.PyO3VersionsDiffer,
                $"{facts.ManifestPath} builds with more than one pyo3 ({string.Join(", ", several.Versions)}, from {several.Source}); " +
                "a Python extension must link exactly one. Make every crate in the graph depend on the same pyo3 version."));
        }

        if (pyo3 is not null && pyo3 < pyo3Table.FirstStableVersion && rustc.Channel is RustChannel.Stable or RustChannel.Beta)
        {
            errors.Add(Located(facts.PyO3!, DiagnosticCodes.PyO3NeedsNightly,
                $"pyo3 {pyo3} ({facts.PyO3!.Source}) only builds with a nightly Rust compiler, and {rustc} is not one. " +
                $"Move to pyo3 {pyo3Table.FirstStableVersion.Major}.{pyo3Table.FirstStableVersion.Minor} or later, which builds on stable Rust: {pyo3Table.StableRustGuide}")
                with { HelpLink = pyo3Table.StableRustGuide });
        }

        if (pyo3 is not null && settings.PyO3Minimum is { } pyo3Minimum && pyo3.Release < pyo3Minimum.Version)
        {
            errors.Add(Located(facts.PyO3!, DiagnosticCodes.PyO3TooOld,
                $"pyo3 {pyo3} ({facts.PyO3!.Source}) is older than {pyo3Minimum.Text}, which {pyo3Minimum.Origin} requires. " +
                "Raise the pyo3 requirement in Cargo.toml and run cargo update -p pyo3."));
        }

        return new ToolchainVerdict(errors, Summarize(rustc, required, facts.PyO3, pyo3, settings.PyO3Minimum));
    }

    private static string Summarize(RustcVersionInfo rustc, VersionRequirementSource? required, PyO3Resolution? resolution, CargoVersion? pyo3, VersionRequirementSource? pyo3Minimum)
    {
        var summary = required is null ? $"{rustc}, no minimum Rust version required" : $"{rustc} meets {required.Text} ({required.Origin})";
        if (pyo3 is not null)
        {
            summary += $"; pyo3 {pyo3} ({resolution!.Source})";
            if (pyo3Minimum is not null)
            {
                summary += $" meets {pyo3Minimum.Text} ({pyo3Minimum.Origin})";
            }
        }

        return summary;
    }

    private static BuildDiagnostic Located(VersionRequirementSource source, DiagnosticCode code, string message) =>
        new(code, message) { File = source.File, Line = source.Line, Column = source.Column };

    private static BuildDiagnostic Located(PyO3Resolution source, DiagnosticCode code, string message) =>
        new(code, message) { File = source.File, Line = source.Line, Column = source.Column };
}
