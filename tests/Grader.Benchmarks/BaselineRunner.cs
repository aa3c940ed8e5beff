using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Grader.Exercises;
using Grader.Infrastructure;

namespace Grader.Benchmarks;

/// <summary>
/// The obvious alternative to the grader: for each submission, one xunit project per exercise holding the
/// learner's files, the given files and the hidden suite behind a small adapter, run with one <c>dotnet test</c>.
/// </summary>
internal sealed partial class BaselineRunner(RepositoryLayout repository, string workspace)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <returns>Points earned per exercise slug.</returns>
    public async Task<IReadOnlyDictionary<string, double>> GradeAsync(GeneratedSubmission submission)
    {
        var root = Path.Combine(workspace, submission.Name);
        var exercises = ExerciseCatalog.Load(repository.Exercises)
            .Where(exercise => Directory.Exists(Path.Combine(repository.Suites, exercise.Slug)))
            .ToList();
        var projects = exercises.Select(exercise => BaselineProject.Write(repository, exercise, submission.Path, Path.Combine(root, exercise.Slug))).ToList();
        File.WriteAllText(Path.Combine(root, "Baseline.slnx"),
            new XElement("Solution", projects.Select(project => new XElement("Project", new XAttribute("Path", Path.GetRelativePath(root, project))))) + "\n");

        var results = Path.Combine(root, "TestResults");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "test", "Baseline.slnx", "--logger", "trx", "--results-directory", results },
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(output, errors);

        var scores = exercises.ToDictionary(exercise => exercise.Slug, _ => 0.0);
        var trxFiles = Directory.Exists(results) ? Directory.EnumerateFiles(results, "*.trx").ToList() : [];
        if (trxFiles.Count == 0)
        {
            // Failed tests are expected; no test results at all means the baseline itself is broken.
            throw new StepFailedException($"dotnet test in {root} ran no tests (exit code {process.ExitCode}):\n{await output}\n{await errors}");
        }

        foreach (var result in trxFiles.SelectMany(file => XDocument.Load(file).Descendants(Trx + "UnitTestResult")))
        {
            var match = TestName().Match((string)result.Attribute("testName")!);
            if (match.Success && (string?)result.Attribute("outcome") == "Passed")
            {
                scores[match.Groups["slug"].Value] += double.Parse(match.Groups["points"].Value, CultureInfo.InvariantCulture);
            }
        }

        return scores;
    }

    // xunit shortens long arguments in display names ("Suites.X.Long_na"···), so only slug and points are read.
    [GeneratedRegex("""slug: "(?<slug>[^"]+)", test: .*, points: (?<points>[\d.]+)\)$""")]
    private static partial Regex TestName();
}
