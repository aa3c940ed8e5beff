using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ToolCalling.Testing.Tests.Hints;

public class ThrowSiteTests
{
    [Fact]
    public void Run_CodeThatThrows_SaysInWhichFileAndLineItThrew()
    {
        var line = 0;
        var run = () => LearnerCode.Run("AskAsync", () => ReadUnit(out line));

        run.Should().Throw<Exception>().Which.Message.Should()
            .Contain("AskAsync threw KeyNotFoundException")
            .And.Contain($"Thrown at ThrowSiteTests.cs, line {line}.");
    }

    [Fact]
    public async Task RunAsync_CodeThatThrowsAfterAnAwait_SaysInWhichFileAndLineItThrew()
    {
        var line = 0;
        var run = () => LearnerCode.RunAsync("RunConversationAsync", async () =>
        {
            await Task.Yield();
            return ReadUnit(out line);
        });

        (await run.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain($"Thrown at ThrowSiteTests.cs, line {line}.");
    }

    [Fact]
    public void Run_AFunctionOfTheTestThatThrowsThroughOtherCode_AlsoSaysWhereThatCodeCalledIt()
    {
        var toolLine = 0;
        var callerLine = 0;
        ToolFunction failingTool = _ =>
        {
            toolLine = LineOfNextStatement();
            throw new KeyNotFoundException("Unknown city: Atlantis");
        };

        var run = () => LearnerCode.Run("ProcessToolCallsSafely", () => ThrowSiteCaller.RunTool(failingTool, out callerLine));

        run.Should().Throw<Exception>().Which.Message.Should().Contain(
            $"Thrown at ThrowSiteTests.cs, line {toolLine}, in a function the test gave your code, called from ThrowSiteCaller.cs, line {callerLine}.");
    }

    [Fact]
    public async Task RunAsync_AnErrorOfTheMockApi_SaysNothingOfWhereItWasThrown()
    {
        var model = new ScriptedChatModel().RespondWithText("Hi");
        var request = new ChatCompletionRequest { Messages = [ChatMessage.Tool("call_1", "{}")] };

        var run = () => LearnerCode.RunAsync("RunConversationAsync", async () => (await model.CompleteAsync(request)).Choices[0].Message.Content);

        (await run.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("HTTP 400").And.NotContain("Thrown at");
    }

    [Fact]
    public void Of_AnExceptionNeverThrown_IsNull()
    {
        ThrowSite.Of(new InvalidOperationException("never thrown")).Should().BeNull();
    }

    // What a tool function that reads an optional argument as a required one throws: JsonElement.GetProperty has no
    // source here, so the line is the one in this file that called it.
    private static string? ReadUnit(out int line)
    {
        using var arguments = JsonDocument.Parse("""{"city": "Oslo"}""");
        line = LineOfNextStatement();
        return arguments.RootElement.GetProperty("unit").GetString();
    }

    private static int LineOfNextStatement([CallerLineNumber] int line = 0) => line + 1;
}
