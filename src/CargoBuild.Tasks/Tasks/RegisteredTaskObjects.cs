using CargoBuild.Toolchain;
using Microsoft.Build.Framework;

namespace CargoBuild.Tasks;

/// <summary>The build's cache as MSBuild keeps it: objects registered for the build, which it may drop under memory pressure.</summary>
internal sealed class RegisteredTaskObjects(IBuildEngine? engine) : IBuildCache
{
    public object? Find(string key) =>
        (engine as IBuildEngine4)?.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build);

    public void Keep(string key, object value) =>
        (engine as IBuildEngine4)?.RegisterTaskObject(key, value, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: true);
}
