using System.Globalization;
using Grader.Infrastructure;

namespace Grader.Suites;

/// <summary>
/// What a hidden suite must get right before it grades anyone. Each of these mistakes would otherwise compile and
/// show up only as wrong scores or puzzling reports, so the suite is refused with every problem named at once.
/// </summary>
internal static class SuiteRules
{
    /// <param name="slug">The exercise the suite grades.</param>
    /// <param name="tests">The suite's test classes that have a [Graded] attribute.</param>
    /// <param name="ungraded">The full names of the classes that derive from HiddenTest, are not abstract and have no [Graded] attribute.</param>
    /// <param name="misplaced">The types with a [Graded] attribute that are no test: abstract, or not derived from HiddenTest.</param>
    /// <param name="locations">Where each class is declared, by full name (read only when there is a problem to point at).</param>
    public static void Enforce(string slug, IReadOnlyList<HiddenTestInfo> tests, IReadOnlyList<string> ungraded, IReadOnlyList<Type> misplaced,
        Func<IReadOnlyDictionary<string, string>> locations)
    {
        var problems = ungraded.Select(Ungraded).Concat(misplaced.Select(Misplaced)).Concat(tests.SelectMany(ProblemsOf)).Concat(SharedNames(tests)).ToList();
        if (tests.Count == 0 && ungraded.Count == 0)
        {
            problems.Add(new Problem([], "It holds no tests: add a class that derives from HiddenTest and has a [Graded(points, feedback)] attribute."));
        }

        if (problems.Count > 0)
        {
            var where = locations();
            throw new UserError($"The hidden suite of {slug} cannot be used to grade:\n  " +
                $"{string.Join("\n  ", problems.Select(problem => problem.Describe(where)))}\n" +
                "grader/suites/README.md says how a test is written.");
        }
    }

    private static Problem Ungraded(string id) => new([id],
        $"{id}: it derives from HiddenTest but has no [Graded(points, feedback)] attribute. Add one saying how many points it is worth " +
        "and which requirement it checks, or make the class abstract if it is a base for other tests.");

    // Such a class would be left out of grading without a word, its points with it.
    private static Problem Misplaced(Type type) => new([type.FullName!], typeof(HiddenTest).IsAssignableFrom(type)
        ? $"{type.FullName}: it has [Graded] but is abstract, so the grader never creates it and the attribute counts for nothing. " +
            "Remove abstract, or put [Graded] on the classes that derive from it."
        : $"{type.FullName}: it has [Graded] but does not derive from HiddenTest, so it is no test and grades nothing. " +
            "Derive it from HiddenTest and override Act and Check.");

    private static IEnumerable<Problem> ProblemsOf(HiddenTestInfo test)
    {
        if (string.IsNullOrWhiteSpace(test.Name))
        {
            yield return new([test.Id], $"{test.Id}: [Graded] gives it a blank Name, so reports would show the test without a name. " +
                "Give it a name, or leave Name out to use the class name.");
        }

        if (!double.IsFinite(test.Points) || test.Points < 0)
        {
            yield return new([test.Id], string.Create(CultureInfo.InvariantCulture,
                $"{test.Id}: [Graded] gives it {test.Points} points. Give 0 or more (0 for a recommendation that scores nothing)."));
        }

        if (string.IsNullOrWhiteSpace(test.Feedback))
        {
            yield return new([test.Id], $"{test.Id}: [Graded] gives it no feedback. Name the requirement of the exercise's README it checks: " +
                "that is what a learner reads when it fails.");
        }

        if (test.CheckType.ContainsGenericParameters)
        {
            yield return new([test.Id], $"{test.Id}: it has type parameters, which the grader cannot choose. Derive a test class without " +
                "them for each case, and make the generic class abstract.");
        }
        else if (test.CheckType.GetConstructor(Type.EmptyTypes) is null)
        {
            yield return new([test.Id], $"{test.Id}: it has no public constructor without parameters, which the grader needs to create it.");
        }
    }

    private static IEnumerable<Problem> SharedNames(IReadOnlyList<HiddenTestInfo> tests) =>
        tests.GroupBy(test => test.Name, StringComparer.Ordinal)
            .Where(same => same.Count() > 1)
            .Select(same => new Problem(same.Select(test => test.Id).ToList(),
                $"{string.Join(" and ", same.Select(test => test.Id))} are all named \"{same.Key}\" in reports. " +
                "Rename a class, or give one a Name = \"...\" of its own, so that learners can tell which one failed."));

    /// <param name="Classes">The classes at fault, by full name; the problem is told at the first one's declaration.</param>
    private sealed record Problem(IReadOnlyList<string> Classes, string Text)
    {
        public string Describe(IReadOnlyDictionary<string, string> where)
        {
            var places = Classes.Select(name => where.GetValueOrDefault(name)).OfType<string>().ToList();
            return places.Count == 0 ? Text : $"{string.Join(", ", places)}: {Text}";
        }
    }
}
