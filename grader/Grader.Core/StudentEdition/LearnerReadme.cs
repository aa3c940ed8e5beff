using System.Text;
using Grader.Exercises;

namespace Grader.StudentEdition;

/// <summary>Fills the learner README template with the list of exercises.</summary>
internal static class LearnerReadme
{
    private const string Placeholder = "{{exercises}}";

    public static void Write(string templatePath, string outputPath, IReadOnlyList<ExerciseInfo> exercises)
    {
        var list = new StringBuilder();
        foreach (var exercise in exercises)
        {
            list.Append($"| {exercise.Number} | [{exercise.Title}](exercises/{exercise.Slug}/README.md) | ");
            list.AppendLine($"`exercises/{exercise.Slug}/{string.Join("`, `", exercise.LearnerFiles)}` |");
        }

        var template = File.ReadAllText(templatePath);
        File.WriteAllText(outputPath, template.Replace(Placeholder, list.ToString().TrimEnd(), StringComparison.Ordinal));
    }
}
