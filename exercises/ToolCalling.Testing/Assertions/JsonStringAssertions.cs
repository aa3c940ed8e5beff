using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ToolCalling.Testing;

/// <summary>FluentAssertions for strings that must hold JSON, compared as parsed data.</summary>
public static class JsonStringAssertions
{
    /// <summary>Asserts the string is JSON equivalent to <paramref name="expected"/>, which is serialized first unless it is already a JSON node.</summary>
    public static AndConstraint<StringAssertions> BeJsonEquivalentTo(
        this StringAssertions assertions, object? expected, string because = "", params object[] becauseArgs)
    {
        var expectedNode = expected as JsonNode ?? JsonSerializer.SerializeToNode(expected);
        var actualText = assertions.Subject;
        var scope = Execute.Assertion.BecauseOf(because, becauseArgs).WithExpectation(
            Teaching.Literal($"Expected {{context:result}} to be JSON equivalent to {JsonText.Show(expectedNode)}{{reason}}, "));

        if (!JsonText.TryParse(actualText, out var actualNode, out var error))
        {
            scope.FailWith(Teaching.Literal($"but {error}: {Teaching.Quote(actualText)}.\n{CommonMistakes.ResultNotJson}"));
            return new AndConstraint<StringAssertions>(assertions);
        }

        var difference = JsonEquivalence.FindDifference(expectedNode, actualNode);
        scope.ForCondition(difference is null)
            .FailWith(Teaching.Literal($"but {difference}.\nThe whole result was: {JsonText.Show(actualNode)}"));
        return new AndConstraint<StringAssertions>(assertions);
    }
}
