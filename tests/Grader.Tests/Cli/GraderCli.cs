using System.Diagnostics;
using System.Text;

namespace Grader.Tests.Cli;

/// <summary>Runs the grader CLI as a real process, the way an instructor or a CI job does.</summary>
internal static class GraderCli
{
    /// <summary>The grader these tests were built with.</summary>
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "grader.dll");

    public static Task<CliResult> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables set for this run only, on top of the test's own environment.</param>
    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunAsync(StartInfo("dotnet", environment), [Assembly, .. arguments]);

    /// <summary>
    /// Runs the CLI as the unprivileged user nobody when the tests run as root, who reads every folder whatever its
    /// permissions; otherwise as the test's own user.
    /// </summary>
    public static Task<CliResult> RunWithoutPrivilegesAsync(params string[] arguments) => Environment.IsPrivilegedProcess
        ? RunAsync(new ProcessStartInfo("runuser"), ["-u", "nobody", "--", "dotnet", Assembly, .. arguments])
        : RunAsync(arguments);

    /// <summary>
    /// Whether the unprivileged run can start at all: the grader must sit where any user may read it, which it does not in
    /// a clone inside a private folder such as one made by <c>mktemp -d</c>.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static bool CanRunWithoutPrivileges()
    {
        const UnixFileMode othersEnter = UnixFileMode.OtherExecute;
        for (var folder = Path.GetDirectoryName(Assembly); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if ((File.GetUnixFileMode(folder) & othersEnter) == 0)
            {
                return false;
            }
        }

        return (File.GetUnixFileMode(Assembly) & UnixFileMode.OtherRead) != 0;
    }

    /// <summary>Runs the CLI in <paramref name="workingDirectory"/>, where a relative path it is given lands.</summary>
    public static Task<CliResult> RunInAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory }, [Assembly, .. arguments]);

    /// <summary>Runs a shell script that runs the CLI, such as the autograder's run_autograder.</summary>
    /// <param name="environment">Variables set for this run only, on top of the test's own environment.</param>
    public static Task<CliResult> RunScriptAsync(string script, IReadOnlyDictionary<string, string> environment) =>
        RunAsync(StartInfo("/bin/bash", environment), [script]);

    /// <summary>Runs the CLI with <paramref name="input"/> piped to its standard input, as a shell's <c>|</c> does.</summary>
    public static Task<CliResult> RunWithInputAsync(string input, params string[] arguments) =>
        RunAsync(new ProcessStartInfo("dotnet"), [Assembly, .. arguments], input);

    /// <summary>Runs the CLI with its standard output sent to <paramref name="file"/>, as a shell's <c>&gt; file</c> does.</summary>
    public static Task<CliResult> RunWithOutputToAsync(string file, params string[] arguments) =>
        RunAsync(new ProcessStartInfo("/bin/sh"), ["-c", "file=$1; shift; exec dotnet \"$@\" > \"$file\"", "sh", file, Assembly, .. arguments]);

    private static ProcessStartInfo StartInfo(string program, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(program);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

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
