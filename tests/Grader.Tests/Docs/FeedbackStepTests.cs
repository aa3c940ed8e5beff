using System.Text.RegularExpressions;
using Grader.Tests.Grading;

namespace Grader.Tests.Docs;

/// <summary>
/// A hidden test's feedback sends the learner to a step of the exercise's README ("What to build, step 5"). The step must
/// be there and say what the feedback claims: a step added to a README renumbers nothing in the feedback by itself.
/// </summary>
[Collection(GradingCollection.Name)]
public partial class FeedbackStepTests(GradingFixture grading)
{
    [Fact]
    public void HiddenFeedback_NamesStepsThatTheExerciseReadmeHas()
    {
        var wrong = new List<string>();
        foreach (var suite in grading.Session.Suites)
        {
            var steps = StepsOfWhatToBuild(File.ReadAllLines(Path.Combine(suite.Exercise.Directory, "README.md")));
            foreach (var test in suite.Tests)
            {
                var reference = StepReference().Match(test.Feedback);
                var named = reference.Success ? Number().Matches(reference.Groups["steps"].Value).Select(match => int.Parse(match.Value)) : [];
                wrong.AddRange(named.Where(step => !steps.ContainsKey(step))
                    .Select(step => $"{suite.Exercise.Slug}, {test.Name}: step {step} is not in What to build"));

                var samples = SamplesAfterStep().Match(test.Feedback);
                if (samples.Success && !SamplesFollow(steps, int.Parse(samples.Groups["step"].Value)))
                {
                    wrong.Add($"{suite.Exercise.Slug}, {test.Name}: the samples do not come right after step {samples.Groups["step"].Value}");
                }
            }
        }

        wrong.Should().BeEmpty("the step a hidden test's feedback names is where the learner looks for the rule it checks");
    }

    /// <summary>Each numbered step of the README's "What to build" section, with the lines up to the next step or section.</summary>
    private static Dictionary<int, List<string>> StepsOfWhatToBuild(string[] lines)
    {
        var steps = new Dictionary<int, List<string>>();
        List<string>? current = null;
        var inSection = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSection = line == "## What to build";
                current = null;
                continue;
            }

            if (inSection && StepStart().Match(line) is { Success: true } start)
            {
                current = steps[int.Parse(start.Groups["step"].Value)] = [];
            }

            current?.Add(line);
        }

        return steps;
    }

    private static bool SamplesFollow(Dictionary<int, List<string>> steps, int step) =>
        steps.TryGetValue(step, out var lines) && lines.Any(line => line.Contains("sample", StringComparison.OrdinalIgnoreCase));

    // The parentheses that end a feedback: "(What to build, step 5)", "(steps 3 to 5)", "(What to build, 1 and 2)".
    [GeneratedRegex(@"\((?:What to build, )?(?:steps? )?(?<steps>\d[^()]*)\)\.?$")]
    private static partial Regex StepReference();

    [GeneratedRegex(@"samples after step (?<step>\d+)")]
    private static partial Regex SamplesAfterStep();

    [GeneratedRegex(@"\b\d+\b")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?<step>\d+)\. ")]
    private static partial Regex StepStart();
}
