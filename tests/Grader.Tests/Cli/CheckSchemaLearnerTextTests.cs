using System.Text.Json.Nodes;

namespace Grader.Tests.Cli;

/// <summary>
/// A tool definition is learner text: its names and keys reach check-schema's messages, and must not drive the terminal
/// or reorder what a reader sees there.
/// </summary>
public sealed class CheckSchemaLearnerTextTests
{
    // A name with a right-to-left override, a zero-width space, a line break and a bell; a key with a clear-screen escape
    // and a right-to-left override.
    private const string HostileTool = """
        {"type": "function", "function": {"name": "get\u202eweather\u200b\n\u0007x",
         "description": "Get the current weather for a city name.",
         "parameters": {"type": "object", "properties": {"ci\u001b[2J\u202ety": {"type": "strng"}}}}}
        """;

    private static readonly string[] Hidden = ["\u001b", "\u0007", "\u202E", "\u200B"];

    [Fact]
    public async Task CheckSchema_NamesWithControlAndBidiCharacters_SpellsThemOutInTheText()
    {
        var result = await GraderCli.RunWithInputAsync(HostileTool, "check-schema", "-");

        result.ExitCode.Should().Be(1, result.ToString());
        foreach (var character in Hidden)
        {
            result.Output.Should().NotContain(character, "learner text must not drive the terminal or reorder a line");
        }

        result.Output.Should().Contain("U+202E, U+200B, a line break and U+0007 are not allowed", "the name's hint names what it cannot show")
            .And.Contain("the property \"ci\\u001B[2J\\u202Ety\" has no description");
        result.Output.Split('\n').Skip(1).Where(line => line.Length > 0).Should().OnlyContain(line => line.StartsWith("  ", StringComparison.Ordinal),
            "a line break in a name keeps the rest of its message indented under the problem it belongs to");
    }

    [Fact]
    public async Task CheckSchema_NamesWithControlAndBidiCharactersAsJson_EscapesThemAndReadsBackTheSame()
    {
        var result = await GraderCli.RunWithInputAsync(HostileTool, "check-schema", "-", "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        foreach (var character in Hidden)
        {
            result.Output.Should().NotContain(character, "JSON printed to a terminal must not drive it or reorder a line either");
        }

        result.Output.Should().Contain("\\u202E");
        JsonNode.Parse(result.Output)!["problems"]![2]!["message"]!.GetValue<string>().Should().Contain("\"ci\u001b[2J\u202Ety\"",
            "escaping changes how the JSON looks, not what a script reads from it");
    }
}
