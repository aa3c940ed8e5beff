using System.Globalization;
using Grader.Infrastructure;

namespace Grader.Suites;

/// <summary>
/// What a hidden suite must get right before it grades anyone. Each of these mistakes would otherwise compile and
/// show up only as wrong scores or puzzling reports, so the suite is refused with every problem named at once.
/// </summary>
public static class SuiteRules
{
    public static void Enforce(string slug, IReadOnlyList<HiddenTestInfo> tests)
    {
        var problems = tests.SelectMany(ProblemsOf).Concat(SharedNames(tests)).ToList();
        if (tests.Count == 0)
        {
            problems.Add("It holds no tests: add a class that derives from HiddenTest and has a [Graded(points, feedback)] attribute.");
        }

        if (problems.Count > 0)
        {
            throw new UserError($"The hidden suite of {slug} cannot be used to grade:\n  {string.Join("\n  ", problems)}\n" +
                "grader/suites/README.md says how a test is written.");
        }
    }

    private static IEnumerable<string> ProblemsOf(HiddenTestInfo test)
    {
        if (!double.IsFinite(test.Points) || test.Points < 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{test.Id}: [Graded] gives it {test.Points} points. Give 0 or more (0 for a recommendation that scores nothing).");
        }

        if (string.IsNullOrWhiteSpace(test.Feedback))
        {
            yield return $"{test.Id}: [Graded] gives it no feedback. Name the requirement of the exercise's README it checks: " +
                "that is what a learner reads when it fails.";
        }

        if (test.CheckType.GetConstructor(Type.EmptyTypes) is null)
        {
            yield return $"{test.Id}: it has no public constructor without parameters, which the grader needs to create it.";
        }
    }

    private static IEnumerable<string> SharedNames(IReadOnlyList<HiddenTestInfo> tests) =>
        tests.GroupBy(test => test.Name, StringComparer.Ordinal)
            .Where(same => same.Count() > 1)
            .Select(same => $"{string.Join(" and ", same.Select(test => test.Id))} are all named \"{same.Key}\" in reports. " +
                "Rename a class, or give one a Name = \"...\" of its own, so that learners can tell which one failed.");
}
