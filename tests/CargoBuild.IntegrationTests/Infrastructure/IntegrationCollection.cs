namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>All end-to-end tests share one packed package and run one at a time: each build wants both cores.</summary>
[CollectionDefinition(Name)]
public sealed class IntegrationCollection : ICollectionFixture<PackagedCargoBuild>
{
    public const string Name = "CargoBuild end to end";
}
