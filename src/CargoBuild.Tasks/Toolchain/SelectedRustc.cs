namespace CargoBuild.Toolchain;

/// <summary>
/// The rustc cargo will run for a crate, as <see cref="RustcSelection"/> chose it.
/// </summary>
/// <param name="Path">Its full path (or a rustup proxy's); null when it was not found.</param>
/// <param name="Origin">How it was chosen, for messages: "RUSTC in CargoEnvironmentVariables or Environment metadata", ...</param>
/// <param name="RustcForCargo">The RUSTC cargo must be given to run this rustc (cargo alone would take the one on PATH); null when cargo finds it itself.</param>
internal sealed record SelectedRustc(string? Path, string Origin, string? RustcForCargo);
