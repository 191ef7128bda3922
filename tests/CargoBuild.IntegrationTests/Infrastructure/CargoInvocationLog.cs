namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>
/// A CargoPath that records each command line and then runs the real cargo: tests count cargo runs and read their
/// arguments without faking cargo's work.
/// </summary>
public sealed class CargoInvocationLog
{
    private CargoInvocationLog(string wrapperPath, string logPath)
    {
        WrapperPath = wrapperPath;
        LogPath = logPath;
    }

    public string WrapperPath { get; }

    public string LogPath { get; }

    public static CargoInvocationLog Create(ConsumerWorkspace consumer)
    {
        var log = consumer.PathOf("cargo-invocations.log");
        var realCargo = Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/root", ".cargo", "bin", "cargo");
        var wrapper = consumer.PathOf("tools/cargo");
        consumer.WriteFile("tools/cargo", $"""
            #!/bin/sh
            echo "$*" >> '{log}'
            exec '{realCargo}' "$@"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return new CargoInvocationLog(wrapper, log);
    }

    /// <summary>Every recorded cargo command line, oldest first.</summary>
    public IReadOnlyList<string> All => File.Exists(LogPath) ? File.ReadAllLines(LogPath) : [];

    /// <summary>The recorded command lines of one cargo subcommand, oldest first.</summary>
    public IReadOnlyList<string> Invocations(string subcommand) =>
        [.. All.Where(line => line.StartsWith(subcommand + " ", StringComparison.Ordinal))];

    /// <summary>Builds the consumer and asserts the build succeeded and ran cargo build exactly <paramref name="expected"/> times.</summary>
    public void AssertBuildRunsCargo(ConsumerWorkspace consumer, int expected, string change,
        IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var before = Invocations("build").Count;

        var build = consumer.Run("build", environment, arguments);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(Invocations("build").Count - before == expected,
            $"expected {expected} cargo build(s) after {change}, got {Invocations("build").Count - before}:\n{build}");
    }
}
