using System.Globalization;

namespace CargoBuild.Versions;

/// <summary>
/// A semantic version as cargo reads one: "1", "1.2" and "1.2.3" (missing parts are 0), with an optional
/// pre-release ("1.70.0-nightly", "0.21.0-beta.0"); build metadata ("+x") is ignored, as semver orders it.
/// </summary>
internal sealed record CargoVersion(int Major, int Minor, int Patch, string? PreRelease = null) : IComparable<CargoVersion>
{
    public bool IsPreRelease => PreRelease is not null;

    /// <summary>The same version without its pre-release: how cargo compares a toolchain with a rust-version.</summary>
    public CargoVersion Release => PreRelease is null ? this : this with { PreRelease = null };

    public static CargoVersion Parse(string text) =>
        TryParse(text, out var version) ? version! : throw new FormatException($"'{text}' is not a version.");

    public static bool TryParse(string? text, out CargoVersion? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text!.Trim();
        var plus = value.IndexOf('+');
        if (plus >= 0)
        {
            if (!AreIdentifiers(value[(plus + 1)..]))
            {
                return false;
            }

            value = value[..plus];
        }

        string? preRelease = null;
        var dash = value.IndexOf('-');
        if (dash >= 0)
        {
            preRelease = value[(dash + 1)..];
            value = value[..dash];
            if (!AreIdentifiers(preRelease))
            {
                return false;
            }
        }

        var parts = value.Split('.');
        if (parts.Length > 3)
        {
            return false;
        }

        var numbers = new int[3];
        for (var index = 0; index < parts.Length; index++)
        {
            if (parts[index].Length == 0 || !parts[index].All(char.IsAsciiDigit)
                || !int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[index]))
            {
                return false;
            }
        }

        version = new CargoVersion(numbers[0], numbers[1], numbers[2], preRelease);
        return true;
    }

    // SemVer's pre-release and build identifiers: dot-separated, non-empty, ASCII letters, digits and hyphens.
    private static bool AreIdentifiers(string text) =>
        text.Split('.').All(identifier => identifier.Length > 0 && identifier.All(character => char.IsAsciiLetterOrDigit(character) || character == '-'));

    public int CompareTo(CargoVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var release = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (release != 0)
        {
            return release;
        }

        // A pre-release comes before its release; pre-releases compare identifier by identifier.
        return (PreRelease, other.PreRelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => ComparePreReleases(PreRelease!, other.PreRelease!),
        };
    }

    public static bool operator <(CargoVersion left, CargoVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(CargoVersion left, CargoVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(CargoVersion left, CargoVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(CargoVersion left, CargoVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => PreRelease is null ? $"{Major}.{Minor}.{Patch}" : $"{Major}.{Minor}.{Patch}-{PreRelease}";

    private static int ComparePreReleases(string left, string right)
    {
        var leftParts = left.Split('.');
        var rightParts = right.Split('.');
        for (var index = 0; index < Math.Min(leftParts.Length, rightParts.Length); index++)
        {
            var leftIsNumber = long.TryParse(leftParts[index], NumberStyles.None, CultureInfo.InvariantCulture, out var leftNumber);
            var rightIsNumber = long.TryParse(rightParts[index], NumberStyles.None, CultureInfo.InvariantCulture, out var rightNumber);
            var order = (leftIsNumber, rightIsNumber) switch
            {
                (true, true) => leftNumber.CompareTo(rightNumber),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(leftParts[index], rightParts[index]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return leftParts.Length.CompareTo(rightParts.Length);
    }
}
