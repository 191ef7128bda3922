using System.Text;
using System.Text.RegularExpressions;
using CargoBuild.Diagnostics;

namespace CargoBuild.CargoErrors;

/// <summary>
/// Reads cargo's human-readable stderr, a line at a time as it streams, and turns each of cargo's own
/// <c>error:</c>/<c>warning:</c> blocks (with its "Caused by:" chain) into one diagnostic, located at the manifest,
/// lock file or line that cargo names. Codes: CB1001 other cargo error, CB1002 manifest error, CB1003 build script
/// failed, CB1004 dependency resolution or lock file error, CB1005 the toolchain is older than a package's
/// rust-version, CB1006 a warning of cargo's. A Rust backtrace in a block (a build script's panic on a machine with
/// <c>RUST_BACKTRACE</c> set) stays out of the message: the panic's message and location are what it says.
/// </summary>
internal sealed partial class CargoStderrParser
{
    private const int MaximumMessageLength = 2000;

    // What is kept of cargo's stderr, whatever it prints (a build script can print any number of cargo:warning
    // lines): the first blocks of warnings, every error, and the first lines of each block, enough for the message.
    private const int MaximumWarningBlocks = 500, MaximumBlockLines = 200;

    private readonly List<CargoErrorBlock> blocks = [];
    private readonly RustBacktraceFilter backtrace = new();
    private CargoErrorBlock? current;
    private bool sawCompileFailureSummary;
    private int warningBlocks, omittedWarnings;

    /// <summary>Reads one line of cargo's stderr.</summary>
    /// <returns>True when the line is part of a Rust backtrace, which belongs in the log at low importance.</returns>
    public bool Add(string line)
    {
        if (backtrace.IsBacktrace(line))
        {
            return true;
        }

        if (line.StartsWith("error: ", StringComparison.Ordinal) || line.StartsWith("warning: ", StringComparison.Ordinal))
        {
            var isError = line[0] == 'e';
            var headline = line[(isError ? "error: ".Length : "warning: ".Length)..].Trim();
            current = IsSummary(isError, headline) ? null : new CargoErrorBlock(isError, headline);
            if (current is not null && !isError && ++warningBlocks > MaximumWarningBlocks)
            {
                omittedWarnings++;
                current = null;
            }

            if (current is not null)
            {
                blocks.Add(current);
            }

            return false;
        }

        if (IsStatusLine(line))
        {
            current = null;
            return false;
        }

        if (current is { Lines.Count: < MaximumBlockLines })
        {
            current.Lines.Add(line);
        }

        return false;
    }

    /// <param name="manifestPath">The crate's manifest: cargo's relative paths resolve against its folder, and
    /// errors that name no file are reported there.</param>
    public CargoStderrResult Complete(string manifestPath)
    {
        List<BuildDiagnostic> diagnostics = [.. blocks.Select(block => ToDiagnostic(block, manifestPath))];
        if (omittedWarnings > 0)
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.CargoWarning,
                $"cargo printed {omittedWarnings} more warnings for {manifestPath}, not listed here; the build log has them all.") { File = manifestPath });
        }

        return new(diagnostics, sawCompileFailureSummary);
    }

    private bool IsSummary(bool isError, string headline)
    {
        if (isError && headline.StartsWith("could not compile `", StringComparison.Ordinal))
        {
            sawCompileFailureSummary = true;
            return true;
        }

        // The per-crate warning count and the "waiting for other jobs" notice repeat what is reported elsewhere.
        return (!isError && GeneratedWarnings().IsMatch(headline))
            || headline.StartsWith("build failed, waiting for other jobs", StringComparison.Ordinal);
    }

    // Cargo prints progress as "{verb:>12} {what}": the verb ends exactly at column 12.
    private static bool IsStatusLine(string line)
    {
        var verbStart = 0;
        while (verbStart < line.Length && line[verbStart] == ' ')
        {
            verbStart++;
        }

        var verbEnd = verbStart;
        while (verbEnd < line.Length && char.IsLetter(line[verbEnd]))
        {
            verbEnd++;
        }

        return verbEnd == 12 && verbEnd > verbStart && char.IsUpper(line[verbStart]) && (verbEnd == line.Length || line[verbEnd] == ' ');
    }

    private static BuildDiagnostic ToDiagnostic(CargoErrorBlock block, string manifestPath)
    {
        var text = block.Headline + "\n" + string.Join("\n", block.Lines);
        var directory = Path.GetDirectoryName(manifestPath)!;
        var (file, line, column) = Locate(text, directory, manifestPath);
        return new BuildDiagnostic(block.IsError ? Classify(text) : DiagnosticCodes.CargoWarning, Compose(block))
        {
            File = file,
            Line = line,
            Column = column,
        };
    }

    private static (string File, int Line, int Column) Locate(string text, string directory, string manifestPath)
    {
        if (SourcePointer().Match(text) is { Success: true } pointer && FullPath(directory, pointer.Groups["file"].Value) is { } source)
        {
            return (source, Number(pointer.Groups["line"].Value), Number(pointer.Groups["column"].Value));
        }

        var named = NamedFile().Match(text) is { Success: true } namedFile
            ? FullPath(directory, namedFile.Groups["file"].Value)
            : PackagePath().Match(text) is { Success: true } package
                ? FullPath(package.Groups["directory"].Value, "Cargo.toml")
                : null;
        var file = named ?? manifestPath;
        if (TomlPosition().Match(text) is { Success: true } position)
        {
            return (file, Number(position.Groups["line"].Value), Number(position.Groups["column"].Value));
        }

        return RustVersionRequirement().IsMatch(text) ? (file, LineOf(file, "rust-version"), 1) : (file, 0, 0);
    }

    // A path cargo names that is no path at all (a NUL in it) leaves the error at the manifest.
    private static string? FullPath(string directory, string path)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(directory, path));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // A position too large to be one is no position: the error keeps its file only.
    private static int Number(string digits) =>
        int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0;

    private static int LineOf(string file, string key)
    {
        try
        {
            var lines = File.ReadAllLines(file);
            var index = Array.FindIndex(lines, line => line.TrimStart().StartsWith(key, StringComparison.Ordinal));
            return index + 1;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A folder, or a file this build cannot read: the error stays at the file's top.
            return 0;
        }
    }

    private static DiagnosticCode Classify(string text) =>
        text.Contains("custom build command", StringComparison.Ordinal) ? DiagnosticCodes.BuildScriptFailed
        : RustVersionRequirement().IsMatch(text) ? DiagnosticCodes.RustVersionOfPackageNotMet
        : text.Contains("lock file", StringComparison.Ordinal) || text.Contains("matching package", StringComparison.Ordinal)
          || text.Contains("failed to select a version", StringComparison.Ordinal) || text.Contains("failed to load source", StringComparison.Ordinal)
          || text.Contains("required by package", StringComparison.Ordinal) ? DiagnosticCodes.DependencyResolutionFailed
        : text.Contains("manifest", StringComparison.Ordinal) || SourcePointer().IsMatch(text) || TomlPosition().IsMatch(text) ? DiagnosticCodes.CargoManifestError
        : DiagnosticCodes.CargoError;

    // One line: the headline, then each cause and note; source excerpts are dropped (the location points there).
    private static string Compose(CargoErrorBlock block)
    {
        var message = new StringBuilder(block.Headline);
        foreach (var raw in block.Lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line == "Caused by:" || line.StartsWith("-->", StringComparison.Ordinal) || SourceExcerpt().IsMatch(raw))
            {
                continue;
            }

            message.Append("; ").Append(line);
            if (message.Length > MaximumMessageLength)
            {
                message.Length = MaximumMessageLength;
                message.Append("… (cargo's full output is in the build log)");
                break;
            }
        }

        return message.ToString();
    }

    [GeneratedRegex(@"^\s*-->\s*(?<file>.+?):(?<line>\d+):(?<column>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex SourcePointer();

    [GeneratedRegex(@"(?:manifest at|lock file at:?|the lock file) `?(?<file>[^`\s]+?)`?(?:\s|$)")]
    private static partial Regex NamedFile();

    [GeneratedRegex(@"`[^`(]+ v[^`(]+ \((?<directory>/[^)`]+|[A-Za-z]:\\[^)`]+)\)`")]
    private static partial Regex PackagePath();

    [GeneratedRegex(@"at line (?<line>\d+), column (?<column>\d+)")]
    private static partial Regex TomlPosition();

    [GeneratedRegex(@"rustc \S+ is not supported by the following package|requires rustc \S+ or newer")]
    private static partial Regex RustVersionRequirement();

    [GeneratedRegex(@"^\s*\d*\s*\|")]
    private static partial Regex SourceExcerpt();

    [GeneratedRegex(@"^`[^`]+` \([^)]*\) generated \d+ warnings?")]
    private static partial Regex GeneratedWarnings();
}
