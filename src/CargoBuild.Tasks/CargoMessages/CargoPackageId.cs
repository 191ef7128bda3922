namespace CargoBuild.CargoMessages;

/// <summary>Reads the package name out of cargo's package ids.</summary>
internal static class CargoPackageId
{
    /// <summary>
    /// The package's name: ids are "source#name@version" since cargo 1.77 ("source#version" when the name is the
    /// source's last path segment), "name version (source)" before.
    /// </summary>
    public static string Name(string packageId)
    {
        var hash = packageId.LastIndexOf('#');
        if (hash < 0)
        {
            return packageId.Split(' ', 2)[0];
        }

        var fragment = packageId[(hash + 1)..];
        var at = fragment.LastIndexOf('@');
        if (at >= 0)
        {
            return fragment[..at];
        }

        var source = packageId[..hash].TrimEnd('/');
        return Uri.UnescapeDataString(source[(source.LastIndexOf('/') + 1)..]);
    }
}
