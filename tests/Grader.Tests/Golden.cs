using System.Text;

namespace Grader.Tests;

/// <summary>
/// Compares output with a golden file: by name in <c>Reports/Golden</c>, or by full path. Run the tests with
/// <c>UPDATE_GOLDEN=1</c> to rewrite the golden files on purpose, then review the change with <c>git diff</c>.
/// </summary>
internal static class Golden
{
    private const string UpdateVariable = "UPDATE_GOLDEN";
    private const string UpdateHint = "If the change is intended, run UPDATE_GOLDEN=1 dotnet test tests/Grader.Tests and review it with git diff.";

    public static string Directory { get; } = FindDirectory();

    public static void Verify(string fileName, string actual) => VerifyFile(Path.Combine(Directory, fileName), actual);

    /// <param name="explanation">Said after the first difference: what the reader needs to tell a real change from a fluke.</param>
    public static void VerifyFile(string path, string actual, string? explanation = null)
    {
        var fileName = Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path);
        var expected = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            if (expected != actual)
            {
                File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            return;
        }

        if (expected is null)
        {
            Assert.Fail($"The golden file {fileName} does not exist yet. Run UPDATE_GOLDEN=1 dotnet test tests/Grader.Tests to create it, then review it.");
        }

        if (expected != actual)
        {
            Assert.Fail($"{fileName} is not what the writer produced. {FirstDifference(expected, actual)}\n{explanation}{UpdateHint}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var index = 0; index < Math.Max(expectedLines.Length, actualLines.Length); index++)
        {
            var expectedLine = index < expectedLines.Length ? expectedLines[index] : "(end of file)";
            var actualLine = index < actualLines.Length ? actualLines[index] : "(end of file)";
            if (expectedLine != actualLine)
            {
                return $"First difference at line {index + 1}:\n  golden: {expectedLine}\n  actual: {actualLine}";
            }
        }

        return "They differ only in line endings.";
    }

    private static string FindDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Grader.Tests.csproj")))
            {
                return Path.Combine(directory.FullName, "Reports", "Golden");
            }
        }

        throw new InvalidOperationException($"Could not find Grader.Tests.csproj above {AppContext.BaseDirectory}, so the golden files cannot be found either.");
    }
}
