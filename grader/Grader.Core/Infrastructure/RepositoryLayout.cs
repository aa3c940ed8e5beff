namespace Grader.Infrastructure;

/// <summary>Where the instructor repository's folders are, found by walking up from the grader's own location.</summary>
public sealed record RepositoryLayout(string Root)
{
    public string Exercises => Path.Combine(Root, "exercises");

    public string Solutions => Path.Combine(Root, "solutions");

    public string Suites => Path.Combine(Root, "grader", "suites");

    /// <summary>Sample submissions: the demo class and the golden grading scenarios.</summary>
    public string Scenarios => Path.Combine(Root, "tests", "scenarios");

    /// <summary>Hostile submissions: each tries one way to crash, hang or fool the grader.</summary>
    public string HostileScenarios => Path.Combine(Scenarios, "hostile");

    public string StudentEditionTemplate => Path.Combine(Root, "grader", "Grader", "StudentEdition");

    /// <summary>The scripts Gradescope runs: <c>setup.sh</c> and <c>run_autograder</c>.</summary>
    public string GradescopeTemplate => Path.Combine(Root, "grader", "Grader", "Gradescope");

    public static RepositoryLayout Locate() =>
        FindFrom(AppContext.BaseDirectory) ?? FindFrom(Directory.GetCurrentDirectory())
        ?? throw new UserError(
            "Cannot find the course repository (a folder holding Exercises.sln and exercises/). " +
            "Run this command from inside the repository.");

    private static RepositoryLayout? FindFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Exercises.sln")) && Directory.Exists(Path.Combine(directory.FullName, "exercises")))
            {
                return new RepositoryLayout(directory.FullName);
            }
        }

        return null;
    }
}
