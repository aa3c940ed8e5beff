using System.Text.RegularExpressions;
using Grader.Exercises;
using Grader.Infrastructure;

namespace Grader.Tests.Docs;

/// <summary>The README's table of exercises keeps up with the exercises folder: a newcomer finds every exercise there.</summary>
public partial class ExerciseTableTests
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();

    [Fact]
    public void ReadmeTable_HasOneRowPerExerciseInOrder()
    {
        var rows = TableRow().Matches(File.ReadAllText(Path.Combine(Repository.Root, "README.md")))
            .Select(row => (Number: row.Groups["number"].Value, Slug: row.Groups["slug"].Value))
            .ToList();

        var exercises = ExerciseCatalog.Load(Repository.Exercises).Select(exercise => exercise.Slug).ToList();

        rows.Select(row => row.Slug).Should().Equal(exercises, "README.md's table of exercises must list each folder of exercises/, in order");
        rows.Should().AllSatisfy(row => row.Slug.Should().StartWith(row.Number + "-", "the number column matches the folder's"));
    }

    [GeneratedRegex(@"^\| (?<number>\d{2}) \| `(?<slug>\d{2}-[a-z0-9-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
