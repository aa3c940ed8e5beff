using Grader.Cli.Commands;
using Grader.Infrastructure;

namespace Grader.Tests.Cli;

/// <summary>The command the demo suggests for grading one submission works from the folder the demo ran in.</summary>
public class DemoHintTests
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();

    [Fact]
    public void GradeCommand_FromTheRepository_NamesTheProjectAsTheReadmeDoes()
    {
        DemoCommand.GradeCommand(Repository.Root, Repository, "/class/ada")
            .Should().Be($"dotnet run --project {Path.Combine("grader", "Grader")} -- grade /class/ada");
    }

    [Fact]
    public void GradeCommand_FromAnotherFolder_NamesAProjectPathThatLeadsToTheGrader()
    {
        var elsewhere = Path.Combine(Repository.Root, "tests", "scenarios");

        var command = DemoCommand.GradeCommand(elsewhere, Repository, "/class/ada");

        var project = command["dotnet run --project ".Length..command.IndexOf(" -- grade ", StringComparison.Ordinal)];
        File.Exists(Path.Combine(elsewhere, project, "Grader.csproj")).Should().BeTrue($"{project} should lead from {elsewhere} to the grader's project");
    }
}
