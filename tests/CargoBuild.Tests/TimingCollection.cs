namespace CargoBuild.Tests;

/// <summary>Tests that bound a cost in time run after the others, alone, so that the others do not slow them down.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
