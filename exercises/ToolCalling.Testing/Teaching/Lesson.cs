using System.Text.Json.Nodes;
using FluentAssertions.Execution;

namespace ToolCalling.Testing;

/// <summary>
/// Failure messages that teach, laid out the same way everywhere:
/// what is wrong, what was expected, what was found, and the likely mistake.
/// </summary>
public static class Lesson
{
    public static void Require(bool condition, string problem, string expected, string found, string? likelyMistake = null) =>
        Execute.Assertion.ForCondition(condition)
            .FailWith(Teaching.Literal(Layout(problem, expected, found, likelyMistake)));

    /// <summary>Requires <paramref name="actualJson"/> to be JSON holding the same data as <paramref name="expected"/>.</summary>
    public static void RequireJson(string? actualJson, JsonNode? expected, string what, string? likelyMistake = null)
    {
        if (!JsonText.TryParse(actualJson, out var actual, out var error))
        {
            var found = actualJson is null ? "null" : $"{Teaching.Shorten(actualJson)}   (plain text, not JSON)";
            Require(false, $"{what} must be JSON text, but {error}.", JsonText.Show(expected), found, CommonMistakes.ResultNotJson);
            return;
        }

        // JSON text inside a JSON string shows how the result went wrong more surely than any hint the caller expected; text
        // where none was due only hints at ToString(), so the caller's hint, which knows the test, comes first.
        var difference = JsonEquivalence.FindDifference(expected, actual);
        Require(difference is null, $"{what} holds the wrong data: {difference}.", JsonText.Show(expected), JsonText.Show(actual),
            JsonResultHints.WhenSerializedTwice(expected, actual) ?? likelyMistake ?? JsonResultHints.WhenTurnedIntoText(expected, actual));
    }

    public static string Layout(string problem, string expected, string found, string? likelyMistake = null)
    {
        var message = $"{problem}\n  Expected: {expected}\n  Found:    {found}";
        return NamedHints.Name(likelyMistake) is null ? message : $"{message}\n{likelyMistake}";
    }
}
