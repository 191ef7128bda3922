namespace CargoBuild.Building;

/// <summary>
/// The linker arguments for what build scripts asked rustc to link (cargo's linked_libs and linked_paths): a static
/// library holds the code of the static native libraries rustc bundles into it, but a program that links it must
/// still name the shared ones and where to find them, as rustc's native-static-libs would for the real crate.
/// </summary>
internal sealed class BuildScriptLinkArguments
{
    private readonly List<string> searchFolders = [];
    private readonly List<string> libraries = [];

    /// <summary>Adds one build script's requests; a library or folder asked for again keeps its first place.</summary>
    public void Add(IEnumerable<string> linkedLibraries, IEnumerable<string> linkedPaths)
    {
        foreach (var path in linkedPaths.Select(SearchFolder).OfType<(string Kind, string Path)>())
        {
            AddOnce(searchFolders, $"{path.Kind}\n{path.Path}");
        }

        foreach (var library in linkedLibraries.Select(Library).OfType<(string Kind, string Name, bool Verbatim)>())
        {
            AddOnce(libraries, $"{library.Kind}\n{library.Name}\n{library.Verbatim}");
        }
    }

    /// <summary>The arguments, search folders first, for a GNU-style driver (gcc, clang) or, with <paramref name="msvc"/>, link.exe.</summary>
    public IReadOnlyList<string> Arguments(bool msvc)
    {
        var arguments = new List<string>();
        foreach (var entry in searchFolders.Select(entry => entry.Split('\n')))
        {
            var (kind, path) = (entry[0], Quote(entry[1]));
            arguments.Add(msvc ? $"/LIBPATH:{path}" : kind == "framework" ? $"-F{path}" : $"-L{path}");
        }

        foreach (var entry in libraries.Select(entry => entry.Split('\n')))
        {
            var (kind, name, verbatim) = (entry[0], entry[1], entry[2] == bool.TrueString);
            arguments.Add(kind == "framework" ? $"-framework {name}"
                : msvc ? (verbatim ? name : $"{name}.lib")
                : verbatim ? $"-l:{name}" : $"-l{name}");
        }

        return arguments;
    }

    // [KIND=]PATH; dependency= and crate= folders hold Rust crates, not native libraries.
    private static (string Kind, string Path)? SearchFolder(string linkedPath)
    {
        var separator = linkedPath.IndexOf('=');
        var kind = separator > 0 ? linkedPath[..separator] : "all";
        var path = separator > 0 ? linkedPath[(separator + 1)..] : linkedPath;
        return kind is "native" or "all" or "framework" && path.Length > 0 ? (kind, path) : null;
    }

    // [KIND[:MODIFIERS]=]NAME[:RENAME]. rustc bundles a static library into the archive unless told -bundle.
    private static (string Kind, string Name, bool Verbatim)? Library(string linkedLibrary)
    {
        var separator = linkedLibrary.IndexOf('=');
        var kindAndModifiers = separator > 0 ? linkedLibrary[..separator] : "";
        var nameAndRename = separator > 0 ? linkedLibrary[(separator + 1)..] : linkedLibrary;
        var kind = kindAndModifiers.Split(':')[0];
        var modifiers = kindAndModifiers.Contains(':') ? kindAndModifiers[(kindAndModifiers.IndexOf(':') + 1)..].Split(',') : [];
        var name = nameAndRename.Contains(':') ? nameAndRename[(nameAndRename.IndexOf(':') + 1)..] : nameAndRename;
        if (name.Length == 0 || (kind == "static" && !modifiers.Contains("-bundle")))
        {
            return null;
        }

        return (kind, name, modifiers.Contains("+verbatim"));
    }

    private static void AddOnce(List<string> entries, string entry)
    {
        if (!entries.Contains(entry, StringComparer.Ordinal))
        {
            entries.Add(entry);
        }
    }

    private static string Quote(string path) => path.Contains(' ') ? $"\"{path}\"" : path;
}
