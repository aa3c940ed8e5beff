using System.Text.Json.Nodes;

namespace Grader.Tests.Cli;

/// <summary><c>check-schema -</c> reads the tool definition from a pipe, for scripts that build it on the fly.</summary>
public sealed class CheckSchemaStandardInputTests
{
    [Fact]
    public async Task CheckSchema_ValidToolOnStandardInput_IsCheckedUnderTheNameStdin()
    {
        var tool = """{"type": "function", "function": {"name": "get_weather", "description": "Current weather for a city.", "parameters": {"type": "object", "properties": {"city": {"type": "string", "description": "The city."}}, "required": ["city"]}}}""";

        var result = await GraderCli.RunWithInputAsync(tool, "check-schema", "-");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("<stdin>: a valid tool definition");
    }

    [SkippableFact]
    public async Task CheckSchema_BrokenToolFromANamedPipe_IsReadOnceWithItsLines()
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
        var folder = Directory.CreateTempSubdirectory("grader-fifo-").FullName;
        try
        {
            var pipe = Path.Combine(folder, "tool.json");
            File.Exists(pipe).Should().BeFalse();
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
            {
                await mkfifo.WaitForExitAsync();
            }

            // As bash's <(...) does: a writer that sends the text once, then closes its end.
            var writer = Task.Run(() => File.WriteAllText(pipe, "{\"type\": \"function\",\n \"function\": {\"name\": \"get weather\", \"parameters\": {\"type\": \"object\"}}}"));
            var result = await GraderCli.RunAsync("check-schema", pipe);
            await writer;

            result.ExitCode.Should().Be(1, result.ToString());
            result.Output.Should().StartWith($"{pipe}: 1 error").And.Contain("$.function.name (line 2)");
            result.Errors.Should().NotContain("cannot be read");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task CheckSchema_BrokenToolOnStandardInput_NamesThePathAndLine()
    {
        var tool = "{\"type\": \"function\",\n \"function\": {\"name\": \"get weather\", \"parameters\": {\"type\": \"object\"}}}";

        var result = await GraderCli.RunWithInputAsync(tool, "check-schema", "-", "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        var report = JsonNode.Parse(result.Output)!;
        report["file"]!.GetValue<string>().Should().Be("<stdin>");
        var problem = report["problems"]!.AsArray().Single(problem => problem!["path"]!.GetValue<string>() == "$.function.name")!;
        problem["line"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task CheckSchema_TruncatedJsonOnStandardInput_GivesLineAndColumnOfStdin()
    {
        var result = await GraderCli.RunWithInputAsync("{\"type\": \"function\",\n \"function\": {", "check-schema", "-");

        result.ExitCode.Should().Be(1);
        result.Errors.Should().MatchRegex(@"^Error: <stdin>:2:\d+: ");
        result.Errors.Should().NotContain("terminal", "piped input needs no instructions for typing it");
    }

    [Fact]
    public async Task CheckSchema_NothingOnStandardInput_SaysItIsEmpty()
    {
        var result = await GraderCli.RunWithInputAsync("", "check-schema", "-");

        result.ExitCode.Should().Be(1);
        result.Errors.Should().StartWith("Error: <stdin>: it is empty");
    }
}
