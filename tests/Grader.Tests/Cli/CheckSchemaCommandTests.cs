using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Tests.Cli;

/// <summary><c>check-schema</c> run as a process: valid and broken tool definitions, and input it cannot read, each named by path and line.</summary>
public class CheckSchemaCommandTests : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task CheckSchema_EmptyFileName_ExitsWithOneAndSaysWhatToGive()
    {
        var result = await GraderCli.RunAsync("check-schema", "");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith("Error: The name of the tool definition's file is empty. Give the path of a JSON file, or - to read it from standard input.");
    }

    [Fact]
    public async Task CheckSchema_CourseTool_IsValid()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, JsonSerializer.Serialize(new
        {
            type = "function",
            function = new
            {
                name = "search_products",
                description = "Find catalog products that match the search words and list them.",
                parameters = new
                {
                    type = "object",
                    properties = new { query = new { type = "string", description = "What to search for." } },
                    required = new[] { "query" },
                },
            },
        }));

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("a valid tool definition");
    }

    [Fact]
    public async Task CheckSchema_BrokenTool_ExitsWithOneAndNamesThePathAndTheApiWording()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, """{"type": "function", "function": {"name": "search products", "parameters": {"type": "object"}}}""");

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("$.function.name")
            .And.Contain("Invalid 'tools[0].function.name': string does not match pattern.")
            .And.Contain("the API would reject it.");
    }

    [Fact]
    public async Task CheckSchema_ErrorTheApiAccepts_DoesNotClaimTheApiWouldRejectIt()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, """
            {"type": "function", "function": {"name": "lookup_user", "description": "Looks up one shop user by their user id",
              "parameters": {"type": "object", "properties": {}, "required": ["user_id"]}}}
            """);

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("$.function.parameters.required[0]").And.Contain("fix the errors before you use it.")
            .And.NotContain("the API would reject it");
    }

    [Theory]
    [InlineData("[]", "$", "Invalid 'tools': empty array.")]
    [InlineData("""[{"type": "function", "function": {"name": "ok", "parameters": {"type": "object"}}}, {"type": "function"}]""",
        "$[1].function", "Missing required parameter: 'tools[1].function'.")]
    public async Task CheckSchema_ArrayOfTools_NamesEachToolAsTheApiWould(string json, string path, string message)
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, json);

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain(path).And.Contain(message);
    }

    [Fact]
    public async Task CheckSchema_TruncatedJson_ExitsWithOneAndGivesLineAndColumn()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, "{\"type\": \"function\",\n \"function\": {\"name\": \"x\"");

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().MatchRegex(@"^Error: .*:2:\d+: ");
    }

    [Fact]
    public async Task CheckSchema_TruncatedJsonAsJson_StillWritesJsonWithTheLine()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, "{\"type\": \"function\",\n \"function\": {\"name\": \"x\"");

        var result = await GraderCli.RunAsync("check-schema", file, "--format", "json");

        result.ExitCode.Should().Be(1);
        var report = JsonNode.Parse(result.Output)!;
        report["valid"]!.GetValue<bool>().Should().BeFalse();
        report["problems"]![0]!["severity"]!.GetValue<string>().Should().Be("error");
        report["problems"]![0]!["line"]!.GetValue<int>().Should().Be(2);
        report["problems"]![0]!.AsObject().Select(field => field.Key).Should().Contain(["severity", "path", "line", "message", "hint", "api_code"],
            "a script reads every problem the same way, whatever went wrong");
        result.Errors.Should().MatchRegex(@"^Error: .*:2:\d+: ", "people reading the terminal still get the message");
    }

    [Fact]
    public async Task CheckSchema_ProblemInAFile_NamesItsLine()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, """
            {"type": "function", "function": {
              "name": "search_products",
              "description": "Find catalog products that match the search words and list them.",
              "parameters": {"type": "object", "properties": {
                "max_price": {"type": "number", "description": "The highest price, in dollars.",
                  "multipleOf": 1e-320}
              }}
            }}
            """);

        var text = await GraderCli.RunAsync("check-schema", file);
        var json = await GraderCli.RunAsync("check-schema", file, "--format", "json");

        text.ExitCode.Should().Be(1, text.ToString());
        text.Output.Should().Contain("$.function.parameters.properties.max_price.multipleOf (line 6)")
            .And.Contain("\"multipleOf\" is 1e-320, smaller than the smallest step the validator can represent (1e-28)");
        JsonNode.Parse(json.Output)!["problems"]![0]!["line"]!.GetValue<int>().Should().Be(6);
    }

    [Fact]
    public async Task CheckSchema_FileOf50Mebibytes_ExitsWithOneAndSaysItIsTooLarge()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, $"{{\"type\": \"function\", \"function\": {{\"name\": \"f\", \"description\": \"{new string('a', 50 * 1024 * 1024)}\"}}}}");

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Be($"Error: {file}: it is 50 MiB, over the limit of 4 MiB; a tool definition or request is a few kilobytes, " +
            $"so check that this is the right input{Environment.NewLine}");
    }

    [Fact]
    public async Task CheckSchema_Nested100000LevelsDeep_ExitsWithOneAndGivesTheLineAndPath()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, "{\"type\": \"function\",\n \"function\": {\"name\": \"f\", \"parameters\": " +
            string.Concat(Enumerable.Repeat("{\"a\": ", 100_000)) + "1" + new string('}', 100_002));

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith($"Error: {file}:2:").And.Contain("nests objects and arrays more than 64 levels deep")
            .And.Contain("(at $.function.parameters.a.a.a.").And.NotContain("   at ");
    }

    public void Dispose() => _scratch.Dispose();
}
