using Grader.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Tests.Exercises;

/// <summary>
/// FluentAssertions capitalises the first letter of every failure message, so a problem that starts with a name such as
/// get_weather reaches the learner as "Get_weather": a name the exercises insist is case-sensitive.
/// </summary>
public class LessonProblemCaseTests
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();

    [Fact]
    public void LessonRequire_InVisibleTestsAndHiddenSuites_StatesEachProblemFromACapitalLetter()
    {
        var files = Directory.EnumerateFiles(Repository.Exercises, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.Suites, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var lowerCase = files.SelectMany(path => ProblemArguments(File.ReadAllText(path))
                .Where(problem => LiteralStart(problem) is { } first && char.IsLower(first))
                .Select(problem => $"{Path.GetRelativePath(Repository.Root, path)}: {problem}"))
            .ToList();

        lowerCase.Should().BeEmpty("FluentAssertions would print their first word capitalised; start them with a word such as \"The\"");
    }

    [Fact]
    public void ProblemArguments_SkipsCommasInsideStringsCallsAndInterpolations()
    {
        const string Code = """
            Lesson.Require(names.SequenceEqual(["a", "b"]) && text == "x, y",
                $"the {string.Join(", ", names)} problem", "expected");
            Lesson.Require(ok, "A problem", $"{count} found");
            """;

        ProblemArguments(Code).Should().Equal("$\"the {string.Join(\", \", names)} problem\"", "\"A problem\"");
    }

    // The second argument of every Lesson.Require call, as written.
    private static IEnumerable<string> ProblemArguments(string code) =>
        CSharpSyntaxTree.ParseText(code).GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(call => call.Expression.ToString() == "Lesson.Require" && call.ArgumentList.Arguments.Count > 1)
            .Select(call => call.ArgumentList.Arguments[1].ToString());

    // The first character of the argument's text when it is a string that starts with literal text, otherwise null.
    private static char? LiteralStart(string argument)
    {
        var text = argument.StartsWith("$\"", StringComparison.Ordinal) ? argument[2..]
            : argument.StartsWith('"') ? argument[1..]
            : null;
        return text is { Length: > 0 } && text[0] != '{' ? text[0] : null;
    }
}
