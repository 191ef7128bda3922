namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>A folder holding a generated consumer project and its crates, built with the packed CargoBuild.</summary>
public sealed class ConsumerWorkspace(PackagedCargoBuild package, string directory)
{
    public string Directory { get; } = CreateEmpty(directory);

    public PackagedCargoBuild Package => package;

    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Directory, relativePath));

    public ConsumerWorkspace WriteFile(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Copies a folder of the repository (a test crate) into the workspace.</summary>
    public ConsumerWorkspace CopyFromRepository(string repositoryRelativePath, string relativeDestination)
    {
        var source = Path.Combine(RepositoryRootAttribute.Value, repositoryRelativePath);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("target", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = PathOf(Path.Combine(relativeDestination, relative));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }

        return this;
    }

    /// <summary>An SDK project that references CargoBuild from the local feed and declares the given crates.</summary>
    public ConsumerWorkspace WriteProject(string relativePath, string crateItems, string properties = "", string outputType = "Library", string targetFrameworks = "net10.0", string otherItems = "")
    {
        var frameworkProperty = targetFrameworks.Contains(';') ? "TargetFrameworks" : "TargetFramework";
        return WriteFile(relativePath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <{frameworkProperty}>{targetFrameworks}</{frameworkProperty}>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CargoBuild" Version="{package.Version}" PrivateAssets="all" />
                {crateItems}
                {otherItems}
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>A crate with a C ABI function, built as a cdylib.</summary>
    public ConsumerWorkspace WriteCAbiCrate(string relativeDirectory, string packageName, string body = "#[no_mangle]\npub extern \"C\" fn answer() -> i32 { 42 }\n", string manifestExtra = "") =>
        WriteFile(Path.Combine(relativeDirectory, "Cargo.toml"), $"""
            [package]
            name = "{packageName}"
            version = "0.1.0"
            edition = "2021"
            {manifestExtra}

            [lib]
            crate-type = ["cdylib"]
            """)
        .WriteFile(Path.Combine(relativeDirectory, "src", "lib.rs"), body);

    /// <summary>
    /// Makes the crates of this workspace resolve crates.io to the given pyo3 registry. Debian's own registry is what the
    /// prepared workspace already uses: cargo rejects a second source for the same folder.
    /// </summary>
    public ConsumerWorkspace UsePyO3Registry(PyO3Registry registry) =>
        registry.Directory == TestEnvironment.DebianCrateRegistry ? this : WriteFile(".cargo/config.toml", registry.CargoConfig);

    /// <summary>A cdylib crate that depends on pyo3 (0.17 unless told) as a Python extension module.</summary>
    public ConsumerWorkspace WritePyO3Crate(string relativeDirectory, string packageName, string body, string pyo3Version = "0.17") =>
        WriteFile(Path.Combine(relativeDirectory, "Cargo.toml"), $$"""
            [package]
            name = "{{packageName}}"
            version = "0.1.0"
            edition = "2021"

            [lib]
            crate-type = ["cdylib"]

            [dependencies]
            pyo3 = { version = "{{pyo3Version}}", features = ["extension-module"] }
            """)
        .WriteFile(Path.Combine(relativeDirectory, "src", "lib.rs"), body);

    public ProcessOutcome Build(params string[] arguments) => Run("build", arguments);

    public ProcessOutcome Run(string verb, params string[] arguments) => Run(verb, null, arguments);

    public ProcessOutcome Run(string verb, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        DotNet.Build(Directory, environment, verb, arguments);

    private static string CreateEmpty(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }

        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
