using System.Diagnostics;
using System.Text;

namespace Grader.Tests.Cli;

/// <summary>Runs the grader CLI as a real process, the way an instructor or a CI job does.</summary>
internal static class GraderCli
{
    public static Task<CliResult> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables set for this run only, on top of the test's own environment.</param>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "grader.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await errors);
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Errors}";
}
