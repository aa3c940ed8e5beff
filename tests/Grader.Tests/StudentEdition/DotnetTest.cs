using System.Diagnostics;
using System.Xml.Linq;

namespace Grader.Tests.StudentEdition;

/// <summary>Runs <c>dotnet test</c> in a folder, as a learner would, and reads every test's outcome from the TRX files.</summary>
internal static class DotnetTest
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <param name="folder">Where to run it.</param>
    /// <param name="environment">Variables to set for it, beyond the test process's own.</param>
    public static async Task<IReadOnlyList<VisibleTestResult>> RunAsync(string folder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var results = Path.Combine(folder, "TestResults");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { "test", "--logger", "trx", "--results-directory", results },
        };
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var log = await output + await errors;

        var outcomes = Directory.Exists(results)
            ? Directory.EnumerateFiles(results, "*.trx").SelectMany(Read).ToList()
            : [];
        return outcomes.Count > 0
            ? outcomes
            : throw new InvalidOperationException($"dotnet test produced no results (exit code {process.ExitCode}):\n{log}");
    }

    private static IEnumerable<VisibleTestResult> Read(string trxFile) =>
        XDocument.Load(trxFile).Descendants(Trx + "UnitTestResult").Select(result => new VisibleTestResult(
            (string)result.Attribute("testName")!,
            (string)result.Attribute("outcome")!,
            (string?)result.Descendants(Trx + "Message").FirstOrDefault() ?? ""));
}

internal sealed record VisibleTestResult(string Name, string Outcome, string Message)
{
    public bool Passed => Outcome == "Passed";

    public override string ToString() => $"{Outcome} {Name}: {Message}";
}
