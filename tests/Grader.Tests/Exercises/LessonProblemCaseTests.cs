using System.Text;
using Grader.Infrastructure;

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
    private static IEnumerable<string> ProblemArguments(string code)
    {
        const string Call = "Lesson.Require(";
        for (var start = code.IndexOf(Call, StringComparison.Ordinal); start >= 0; start = code.IndexOf(Call, start + 1, StringComparison.Ordinal))
        {
            var arguments = SplitArguments(code, start + Call.Length);
            if (arguments.Count > 1)
            {
                yield return arguments[1].Trim();
            }
        }
    }

    private static List<string> SplitArguments(string code, int index)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        while (index < code.Length)
        {
            var character = code[index];
            if (character == '"' || (character == '$' && index + 1 < code.Length && code[index + 1] == '"'))
            {
                var end = SkipString(code, index);
                current.Append(code, index, end - index);
                index = end;
                continue;
            }

            if (depth == 0 && character is ',' or ')')
            {
                arguments.Add(current.ToString());
                current.Clear();
                if (character == ')')
                {
                    return arguments;
                }

                index++;
                continue;
            }

            depth += character is '(' or '[' or '{' ? 1 : character is ')' or ']' or '}' ? -1 : 0;
            current.Append(character);
            index++;
        }

        return arguments;
    }

    // The index just after the string literal that starts at index: regular or interpolated, with escapes and holes.
    private static int SkipString(string code, int index)
    {
        var interpolated = code[index] == '$';
        index += interpolated ? 2 : 1;
        while (index < code.Length && code[index] != '"')
        {
            if (code[index] == '\\')
            {
                index += 2;
            }
            else if (interpolated && code[index] == '{' && index + 1 < code.Length && code[index + 1] == '{')
            {
                index += 2;
            }
            else if (interpolated && code[index] == '{')
            {
                index = SkipHole(code, index + 1);
            }
            else
            {
                index++;
            }
        }

        return index + 1;
    }

    private static int SkipHole(string code, int index)
    {
        var depth = 0;
        while (index < code.Length && (code[index] != '}' || depth > 0))
        {
            if (code[index] == '"' || (code[index] == '$' && index + 1 < code.Length && code[index + 1] == '"'))
            {
                index = SkipString(code, index);
                continue;
            }

            depth += code[index] is '(' or '[' or '{' ? 1 : code[index] is ')' or ']' or '}' ? -1 : 0;
            index++;
        }

        return index + 1;
    }

    // The first character of the argument's text when it is a string that starts with literal text, otherwise null.
    private static char? LiteralStart(string argument)
    {
        var text = argument.StartsWith("$\"", StringComparison.Ordinal) ? argument[2..]
            : argument.StartsWith('"') ? argument[1..]
            : null;
        return text is { Length: > 0 } && text[0] != '{' ? text[0] : null;
    }
}
