using System.Text.Json.Nodes;

namespace Grader.Tests.Cli;

/// <summary>What check-schema lists, and in which order, whether a person reads it or a script.</summary>
public sealed class CheckSchemaListingTests
{
    // Strict mode: the undescribed properties are found before the objects that allow extra keys.
    private const string StrictToolWithWarningsFoundFirst = """
        {"type": "function", "function": {"name": "get_weather", "strict": true, "description": "Get the current weather for a city name.",
         "parameters": {"type": "object", "required": ["city", "where"],
           "properties": {"city": {"type": "string"}, "where": {"type": "object", "required": ["lat"], "properties": {"lat": {"type": "number"}}}}}}}
        """;

    [Fact]
    public async Task CheckSchema_WarningsFoundBeforeErrorsAsJson_ListsTheErrorsFirst()
    {
        var result = await GraderCli.RunWithInputAsync(StrictToolWithWarningsFoundFirst, "check-schema", "-", "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        JsonNode.Parse(result.Output)!["problems"]!.AsArray().Select(problem => problem!["severity"]!.GetValue<string>())
            .Should().Equal("error", "error", "warning", "warning", "warning");
    }
}
