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

    [Fact]
    public async Task CheckSchema_MoreProblemsThanAreListed_CountsThemAllAndSaysHowManyWereLeftOut()
    {
        var properties = string.Join(", ", Enumerable.Range(0, 300).Select(index => $"\"p{index}\": {{\"type\": \"string\"}}"));
        var tool = "{\"type\": \"function\", \"function\": {\"name\": \"f\", \"description\": \"Look up a record by any of its fields.\", " +
            $"\"parameters\": {{\"type\": \"object\", \"properties\": {{{properties}}}}}}}}}";

        var text = await GraderCli.RunWithInputAsync(tool, "check-schema", "-");
        var json = await GraderCli.RunWithInputAsync(tool, "check-schema", "-", "--format", "json");

        text.ExitCode.Should().Be(0, text.ToString());
        text.Output.Should().StartWith("<stdin>: a valid tool definition, with 300 warnings.")
            .And.EndWith("\n\n100 more warnings were found but not listed; fix the ones above and check again.\n");
        text.Output.Split('\n').Count(line => line.StartsWith("  warning  ", StringComparison.Ordinal)).Should().Be(200);
        var report = JsonNode.Parse(json.Output)!;
        report["warning_count"]!.GetValue<int>().Should().Be(300);
        report["error_count"]!.GetValue<int>().Should().Be(0);
        report["omitted_count"]!.GetValue<int>().Should().Be(100);
        report["problems"]!.AsArray().Should().HaveCount(200, "the count of the problems left out is not a problem of its own")
            .And.OnlyContain(problem => !problem!["message"]!.GetValue<string>().Contains("not listed"));
    }

    [Theory]
    [InlineData("""{"type": "function", "function": {"name": "get weather"}}""")]
    [InlineData("""{"type": "function",""")]
    public async Task CheckSchema_NothingLeftOutAsJson_GivesAnOmittedCountOfZero(string tool)
    {
        var result = await GraderCli.RunWithInputAsync(tool, "check-schema", "-", "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        JsonNode.Parse(result.Output)!["omitted_count"]!.GetValue<int>().Should().Be(0, "a script finds the field in every report");
    }
}
