using Grader.Exercises;
using Grader.Infrastructure;
using Grader.StudentEdition;

namespace Grader.Tests.StudentEdition;

/// <summary>The learners' README says truly what needs the network and what to hand in, with or without the packages.</summary>
public class LearnerReadmeTests : IDisposable
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();

    private readonly ScratchSpace _scratch = new();

    [Fact]
    public void Without_the_packages_the_readme_says_the_first_test_run_needs_the_network()
    {
        var readme = Write(withPackages: false);

        readme.Should().Contain("The first `dotnet test` downloads the NuGet packages the tests use")
            .And.NotContain("nothing here needs the network")
            .And.Contain("without `bin/` and `obj/`.")
            .And.NotContain("{{");
    }

    [Fact]
    public void With_the_packages_the_readme_says_no_network_is_needed_and_leaves_them_out_of_a_hand_in()
    {
        var readme = Write(withPackages: true);

        readme.Should().Contain("come with this folder, so nothing here needs the network")
            .And.NotContain("downloads the NuGet packages")
            .And.Contain("without `bin/`, `obj/` and `packages/`.")
            .And.NotContain("{{");
    }

    public void Dispose() => _scratch.Dispose();

    private string Write(bool withPackages)
    {
        var output = Path.Combine(_scratch.NewFolder("grader-learner-readme-"), "README.md");
        LearnerReadme.Write(Path.Combine(Repository.StudentEditionTemplate, "README.md"), output,
            ExerciseCatalog.Load(Repository.Exercises), withPackages);
        return File.ReadAllText(output);
    }
}
