using System.Diagnostics;
using System.Text;

namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>Runs the dotnet CLI (or any command) as a user would, with the environment a nested build needs.</summary>
public static class DotNet
{
    // A nested dotnet must not inherit the test host's MSBuild: it would load another SDK's tasks (dotnet/msbuild#14699).
    private static readonly string[] InheritedVariablesToDrop =
        ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDENSURESTDOUTFORTASKPROCESSES", "DOTNET_HOST_PATH", "VSTEST_HOST_DEBUG"];

    public static ProcessOutcome Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunProcess("dotnet", workingDirectory, environment, arguments);

    /// <summary>
    /// A build with the classic logger (located lines), no node reuse and no build servers, as CI runs it.
    /// <c>dotnet run</c> would hand such switches to the program, so it gets none (node reuse is off by environment).
    /// </summary>
    public static ProcessOutcome Build(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string verb, params string[] arguments) =>
        verb switch
        {
            "run" => Run(workingDirectory, environment, [verb, .. arguments]),
            "msbuild" => Run(workingDirectory, environment, [verb, .. arguments, "-tl:off", "-nodeReuse:false", "-clp:NoSummary"]),
            _ => Run(workingDirectory, environment, [verb, .. arguments, "-tl:off", "-nodeReuse:false", "--disable-build-servers", "-clp:NoSummary"]),
        };

    public static ProcessOutcome RunProcess(string fileName, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = StartInfo(fileName, workingDirectory, environment, arguments);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (output) output.AppendLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (output) output.AppendLine(line.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in 10 minutes:\n{output}");
        }

        process.WaitForExit();
        return new ProcessOutcome($"{fileName} {string.Join(' ', arguments)}", process.ExitCode, output.ToString());
    }

    /// <summary>
    /// The command with redirected streams and the tests' environment: the shared CARGO_TARGET_DIR, then the given
    /// variables over it. A variable given as empty is removed (cargo reads an empty CARGO_TARGET_DIR as a folder).
    /// </summary>
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedVariablesToDrop)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["CARGO_TARGET_DIR"] = TestEnvironment.SharedCargoTargetDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            if (value.Length == 0)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }
}
