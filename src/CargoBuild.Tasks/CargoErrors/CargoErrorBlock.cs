namespace CargoBuild.CargoErrors;

/// <summary>One <c>error:</c> or <c>warning:</c> of cargo's, with the lines that belong to it.</summary>
internal sealed class CargoErrorBlock(bool isError, string headline)
{
    public bool IsError { get; } = isError;

    public string Headline { get; } = headline;

    public List<string> Lines { get; } = [];
}
