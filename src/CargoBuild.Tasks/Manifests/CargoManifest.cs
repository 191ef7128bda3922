using CargoBuild.Diagnostics;

namespace CargoBuild.Manifests;

/// <summary>What the toolchain gate reads from a Cargo.toml: package, rust-version, workspace and dependencies.</summary>
internal sealed class CargoManifest
{
    private static readonly string[] DependencySections = ["dependencies", "build-dependencies", "build_dependencies"];

    private CargoManifest(string path, TomlDocument document)
    {
        Path = path;
        Document = document;
    }

    public string Path { get; }

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    public TomlDocument Document { get; }

    public string? PackageName => Document.Get("package", "name")?.AsString;

    public bool HasPackage => Document.HasTable("package");

    public bool IsWorkspaceRoot => Document.HasTable("workspace");

    /// <summary>[package] rust-version, or null; true in <see cref="RustVersionInherited"/> means "rust-version.workspace = true".</summary>
    public TomlEntry? RustVersion => Document.Get("package", "rust-version") is { AsString: not null } entry ? entry : null;

    public TomlEntry? RustVersionInherited => Document.Get("package", "rust-version", "workspace") is { IsTrue: true } entry ? entry : null;

    public TomlEntry? WorkspaceRustVersion => Document.Get("workspace", "package", "rust-version");

    /// <summary>An explicit [package] workspace = "path" pointing at the workspace root.</summary>
    public string? ExplicitWorkspacePath => Document.Get("package", "workspace")?.AsString;

    public IReadOnlyList<string> WorkspaceMembers => Strings(Document.Get("workspace", "members"));

    public IReadOnlyList<string> WorkspaceExcludes => Strings(Document.Get("workspace", "exclude"));

    /// <summary>[workspace] default-members: the members a build of the root compiles when no --package is given.</summary>
    public IReadOnlyList<string> WorkspaceDefaultMembers => Strings(Document.Get("workspace", "default-members"));

    public static CargoManifest? Read(string path, ICollection<BuildDiagnostic> diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.MalformedManifest, $"{path} could not be read: {exception.Message}") { File = path });
            return null;
        }

        var document = TomlDocument.Parse(text, path, DiagnosticCodes.MalformedManifest, diagnostics);
        return document is null ? null : new CargoManifest(path, document);
    }

    /// <summary>
    /// Normal and build dependencies, including [target.'cfg(…)'.*] ones. Dev-dependencies do not reach a built
    /// library, so they are left out. A renamed dependency (py = { package = "pyo3" }) carries the real package name.
    /// </summary>
    public IReadOnlyList<DependencyDeclaration> Dependencies()
    {
        var sections = DependencySections.Select(section => new[] { section }).ToList();
        foreach (var target in Document.ChildrenOf("target"))
        {
            sections.AddRange(DependencySections.Select(section => new[] { "target", target, section }));
        }

        return [.. sections.SelectMany(Declarations)];
    }

    /// <summary>[workspace.dependencies], which members inherit by key with "name.workspace = true".</summary>
    public IReadOnlyList<DependencyDeclaration> WorkspaceDependencies() => Declarations(["workspace", "dependencies"]);

    private IReadOnlyList<DependencyDeclaration> Declarations(string[] section)
    {
        var found = new List<DependencyDeclaration>();
        foreach (var key in Document.ChildrenOf(section))
        {
            var path = section.Append(key).ToArray();
            var simple = Document.Get(path);
            var requirement = simple?.AsString ?? Document.Get([.. path, "version"])?.AsString;
            var inherits = Document.Get([.. path, "workspace"])?.IsTrue == true;
            var position = simple ?? Document.Get([.. path, "version"]) ?? Document.Get([.. path, "workspace"]) ?? Document.Get([.. path, "package"]);
            found.Add(new DependencyDeclaration(key, Document.Get([.. path, "package"])?.AsString ?? key, requirement, inherits, Path,
                position?.Line ?? 0, position?.Column ?? 0));
        }

        return found;
    }

    private static IReadOnlyList<string> Strings(TomlEntry? entry) =>
        entry?.Value is IReadOnlyList<object?> values ? [.. values.OfType<string>()] : [];
}
