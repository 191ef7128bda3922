namespace CargoBuild.Versions;

/// <summary>
/// A Cargo version requirement ("0.17", "^1.2", "~1.2.3", "=0.17.3", ">=0.10, &lt;0.12", "0.17.*", "*") with Cargo's
/// semantics: a bare version is a caret requirement, and comma-joined comparators must all hold.
/// </summary>
internal sealed class VersionRequirement
{
    private readonly IReadOnlyList<VersionBound> bounds;
    private readonly string text;

    private VersionRequirement(string text, IReadOnlyList<VersionBound> bounds)
    {
        this.text = text;
        this.bounds = bounds;
    }

    public static VersionRequirement Parse(string text) =>
        TryParse(text, out var requirement, out var error) ? requirement! : throw new FormatException(error);

    public static bool TryParse(string? text, out VersionRequirement? requirement, out string? error)
    {
        requirement = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a version requirement cannot be empty";
            return false;
        }

        var bounds = new List<VersionBound>();
        foreach (var part in text!.Split(','))
        {
            if (!TryParseComparator(part.Trim(), out var bound))
            {
                error = $"'{part.Trim()}' in '{text}' is not a Cargo version requirement";
                return false;
            }

            bounds.Add(bound!);
        }

        requirement = new VersionRequirement(text.Trim(), bounds);
        return true;
    }

    public bool IsSatisfiedBy(CargoVersion version)
    {
        if (!bounds.All(bound => bound.Admits(version)))
        {
            return false;
        }

        // As in Cargo, a pre-release matches only a comparator that names a pre-release of the same version.
        return !version.IsPreRelease || bounds.Any(bound => bound.PreReleaseAnchor is { } anchor
            && (anchor.Major, anchor.Minor, anchor.Patch) == (version.Major, version.Minor, version.Patch));
    }

    /// <summary>The lowest release the requirement admits, or null when it admits none.</summary>
    public CargoVersion? LowestAdmitted()
    {
        var lowest = bounds.Select(bound => bound.Minimum).Where(minimum => minimum is not null).Max() ?? new CargoVersion(0, 0, 0);
        return bounds.All(bound => bound.Admits(lowest)) ? lowest : null;
    }

    public override string ToString() => text;

    private static bool TryParseComparator(string comparator, out VersionBound? bound)
    {
        bound = null;
        if (comparator is "*" or "x" or "X")
        {
            bound = new VersionBound(null, null, null);
            return true;
        }

        var operatorLength = comparator.TakeWhile(character => character is '^' or '~' or '=' or '<' or '>').Count();
        var op = comparator[..operatorLength];
        var operand = comparator[operatorLength..].Trim();
        if (!TryParsePartial(operand, out var major, out var minor, out var patch, out var preRelease))
        {
            return false;
        }

        if (!IsWildcardFree(operand))
        {
            bound = op is "" or "^" or "=" ? Wildcard(major, minor) : null;
            return bound is not null;
        }

        var floor = new CargoVersion(major, minor ?? 0, patch ?? 0, preRelease);
        var anchor = preRelease is null ? null : floor;
        var aboveAll = patch is not null ? Next(floor) : minor is not null ? new CargoVersion(major, minor.Value + 1, 0) : new CargoVersion(major + 1, 0, 0);
        bound = op switch
        {
            "" or "^" => new VersionBound(floor, CaretCeiling(major, minor, patch), anchor),
            "~" => new VersionBound(floor, minor is null ? new CargoVersion(major + 1, 0, 0) : new CargoVersion(major, minor.Value + 1, 0), anchor),
            "=" => new VersionBound(floor, aboveAll, anchor),
            ">=" => new VersionBound(floor, null, anchor),
            ">" => new VersionBound(aboveAll, null, anchor),
            "<" => new VersionBound(null, floor, anchor),
            "<=" => new VersionBound(null, aboveAll, anchor),
            _ => null,
        };
        return bound is not null;
    }

    private static bool IsWildcardFree(string operand) => operand.IndexOfAny(['*', 'x', 'X']) < 0;

    // "1.*" and "1.2.*" admit everything with that prefix.
    private static VersionBound Wildcard(int major, int? minor) => minor is null
        ? new VersionBound(new CargoVersion(major, 0, 0), new CargoVersion(major + 1, 0, 0), null)
        : new VersionBound(new CargoVersion(major, minor.Value, 0), new CargoVersion(major, minor.Value + 1, 0), null);

    // ^I.J.K admits changes that leave the leftmost non-zero part alone.
    private static CargoVersion CaretCeiling(int major, int? minor, int? patch) =>
        major > 0 || minor is null ? new CargoVersion(major + 1, 0, 0)
        : minor > 0 || patch is null ? new CargoVersion(0, minor.Value + 1, 0)
        : new CargoVersion(0, 0, patch.Value + 1);

    // The first release above every version that shares this major.minor.patch.
    private static CargoVersion Next(CargoVersion version) =>
        new(version.Major, version.Minor, version.Patch + 1);

    private static bool TryParsePartial(string operand, out int major, out int? minor, out int? patch, out string? preRelease)
    {
        major = 0;
        minor = null;
        patch = null;
        preRelease = null;
        var plus = operand.IndexOf('+');
        if (plus >= 0)
        {
            operand = operand[..plus];
        }

        var dash = operand.IndexOf('-');
        if (dash >= 0)
        {
            preRelease = operand[(dash + 1)..];
            operand = operand[..dash];
        }

        var parts = operand.Split('.');
        if (parts.Length is 0 or > 3 || !int.TryParse(parts[0], out major) || !parts[0].All(char.IsAsciiDigit))
        {
            return false;
        }

        for (var index = 1; index < parts.Length; index++)
        {
            if (parts[index] is "*" or "x" or "X")
            {
                return index == parts.Length - 1 && preRelease is null;
            }

            if (!parts[index].All(char.IsAsciiDigit) || !int.TryParse(parts[index], out var value))
            {
                return false;
            }

            if (index == 1)
            {
                minor = value;
            }
            else
            {
                patch = value;
            }
        }

        return preRelease is null || (minor is not null && patch is not null && preRelease.Length > 0);
    }
}
