using System.Text;
using Grader.Exercises;

namespace Grader.StudentEdition;

/// <summary>Fills the learner README template with the list of exercises, and says so when the packages come with it.</summary>
internal static class LearnerReadme
{
    private const string Placeholder = "{{exercises}}";
    private const string PackagesPlaceholder = "{{packages}}\n";

    private const string PackagesItem =
        "- `packages/` and `nuget.config`: the NuGet packages the exercises use, so that `dotnet test` needs no network. " +
        "Leave them in place.\n";

    public static void Write(string templatePath, string outputPath, IReadOnlyList<ExerciseInfo> exercises, bool withPackages)
    {
        var list = new StringBuilder();
        foreach (var exercise in exercises)
        {
            list.Append($"| {exercise.Number} | [{exercise.Title}](exercises/{exercise.Slug}/README.md) | ");
            list.AppendLine($"`exercises/{exercise.Slug}/{string.Join("`, `", exercise.LearnerFiles)}` |");
        }

        var template = File.ReadAllText(templatePath);
        File.WriteAllText(outputPath, template
            .Replace(Placeholder, list.ToString().TrimEnd(), StringComparison.Ordinal)
            .Replace(PackagesPlaceholder, withPackages ? PackagesItem : "", StringComparison.Ordinal));
    }
}
