using System.Text;
using Grader.Exercises;

namespace Grader.StudentEdition;

/// <summary>
/// Fills the learner README template with the list of exercises, and with what differs when the packages come
/// with the edition: whether the first <c>dotnet test</c> needs the network, and what to leave out of a hand-in.
/// </summary>
internal static class LearnerReadme
{
    private const string Placeholder = "{{exercises}}";

    private static readonly (string Placeholder, string WithPackages, string WithoutPackages)[] PackageDependent =
    [
        ("{{packages}}\n",
            "- `packages/` and `nuget.config`: the NuGet packages the exercises use, so that `dotnet test` needs no network. " +
            "Leave them in place.\n",
            ""),
        ("{{network}}",
            "The NuGet packages the tests use come with this folder, so nothing here needs the network.",
            "The first `dotnet test` downloads the NuGet packages the tests use (about 25 MB), so it needs the network; " +
            "after that, everything runs offline."),
        ("{{left-out}}", "`bin/`, `obj/` and `packages/`", "`bin/` and `obj/`"),
    ];

    public static void Write(string templatePath, string outputPath, IReadOnlyList<ExerciseInfo> exercises, bool withPackages)
    {
        var list = new StringBuilder();
        foreach (var exercise in exercises)
        {
            list.Append($"| {exercise.Number} | [{exercise.Title}](exercises/{exercise.Slug}/README.md) | ");
            list.AppendLine($"`exercises/{exercise.Slug}/{string.Join("`, `", exercise.LearnerFiles)}` |");
        }

        var text = File.ReadAllText(templatePath).Replace(Placeholder, list.ToString().TrimEnd(), StringComparison.Ordinal);
        foreach (var (placeholder, with, without) in PackageDependent)
        {
            text = text.Replace(placeholder, withPackages ? with : without, StringComparison.Ordinal);
        }

        File.WriteAllText(outputPath, text);
    }
}
