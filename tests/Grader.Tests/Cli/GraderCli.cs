using System.Diagnostics;
using System.Text;

namespace Grader.Tests.Cli;

/// <summary>Runs the grader CLI as a real process, the way an instructor or a CI job does.</summary>
internal static class GraderCli
{
    private static string Grader => Path.Combine(AppContext.BaseDirectory, "grader.dll");

    public static Task<CliResult> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables set for this run only, on top of the test's own environment.</param>
    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return RunAsync(info, [Grader, .. arguments]);
    }

    /// <summary>Runs the CLI with <paramref name="input"/> piped to its standard input, as a shell's <c>|</c> does.</summary>
    public static Task<CliResult> RunWithInputAsync(string input, params string[] arguments) =>
        RunAsync(new ProcessStartInfo("dotnet"), [Grader, .. arguments], input);

    /// <summary>Runs the CLI with its standard output sent to <paramref name="file"/>, as a shell's <c>&gt; file</c> does.</summary>
    public static Task<CliResult> RunWithOutputToAsync(string file, params string[] arguments) =>
        RunAsync(new ProcessStartInfo("/bin/sh"), ["-c", "file=$1; shift; exec dotnet \"$@\" > \"$file\"", "sh", file, Grader, .. arguments]);

    private static async Task<CliResult> RunAsync(ProcessStartInfo info, IEnumerable<string> arguments, string? input = null)
    {
        info.RedirectStandardInput = input is not null;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.StandardOutputEncoding = Encoding.UTF8;
        info.StandardErrorEncoding = Encoding.UTF8;
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

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
