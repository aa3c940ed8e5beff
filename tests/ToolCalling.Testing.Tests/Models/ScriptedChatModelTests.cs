using System.Text.Json.Nodes;
using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Models;

public class ScriptedChatModelTests
{
    [Fact]
    public async Task CompleteAsync_ScriptedToolCalls_AreNumberedAndShapedLikeTheApi()
    {
        var model = new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }), ("get_weather", new { city = "London" }));

        var response = await model.CompleteAsync(CourseTools.Ask("Compare Tokyo and London"));

        var choice = response.Choices.Should().ContainSingle().Subject;
        choice.FinishReason.Should().Be("tool_calls");
        choice.Message.Role.Should().Be("assistant");
        choice.Message.Content.Should().BeNull();
        choice.Message.ToolCalls!.Select(call => (call.Id, call.Function.Name, call.Function.Arguments)).Should().Equal(
            ("call_1", "get_weather", """{"city":"Tokyo"}"""),
            ("call_2", "get_weather", """{"city":"London"}"""));
        response.Object.Should().Be("chat.completion");
        response.Id.Should().Be("chatcmpl-1");
        response.Model.Should().Be("gpt-4o-mini");
        response.Usage!.TotalTokens.Should().Be(response.Usage.PromptTokens + response.Usage.CompletionTokens);
    }

    [Fact]
    public async Task CompleteAsync_ScriptedText_WritesTheCurrentApiShape()
    {
        var model = new ScriptedChatModel().RespondWithText("Hello!");

        var response = await model.CompleteAsync(new ChatCompletionRequest { Messages = [ChatMessage.User("Hi")] });

        KeyOrder.Of(JsonNode.Parse(response.ToJson())).Take(3).Should().Equal(
            "$: id, object, created, model, choices, usage, service_tier",
            "$.choices[0]: index, message, logprobs, finish_reason",
            "$.choices[0].message: role, content, refusal, annotations");
        response.Choices[0].FinishReason.Should().Be("stop");
    }

    [Fact]
    public async Task CompleteAsync_ScriptRunsOut_FailsWithAMessageThatSaysWhy()
    {
        var model = new ScriptedChatModel().RespondWithText("Done.");
        await model.CompleteAsync(new ChatCompletionRequest { Messages = [ChatMessage.User("Hi")] });

        var failure = await model.Invoking(m => m.CompleteAsync(new ChatCompletionRequest { Messages = [ChatMessage.User("Again")] }))
            .Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().StartWith("The scripted model has no response left for call 2: the script holds 1 response ")
            .And.Contain("\"Again\"")
            .And.Contain("does the loop stop when the model answers with text?");
    }

    [Fact]
    public async Task CompleteAsync_ScriptedCallOfAnUndeclaredFunction_FailsLoudly()
    {
        var model = new ScriptedChatModel().RespondWithToolCalls(("get_stock_price", new { symbol = "MSFT" }));

        var failure = await model.Invoking(m => m.CompleteAsync(CourseTools.Ask("Hi")))
            .Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().Contain("tool call \"call_1\" (get_stock_price): the request declares no function of that name");
        failure.Which.Should().BeOfType<MockResponseRefusedException>().Which.Hint.Should().BeNull("nothing suggests a required argument is to blame");
    }

    [Fact]
    public async Task CompleteAsync_ALaterRequestWithoutTheToolsOfTheFirst_BlamesTheLoopNotTheScript()
    {
        var model = new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }))
            .RespondWithToolCalls(("get_weather", new { city = "London" }));
        var first = CourseTools.Ask("Tokyo, then London?");
        var response = await model.CompleteAsync(first);
        var withoutTools = new ChatCompletionRequest { Messages = first.Messages }
            .AppendAssistantMessage(response)
            .AppendToolMessage(new ToolMessage("call_1", """{"temperature": 22}"""));

        var failure = await model.Invoking(m => m.CompleteAsync(withoutTools)).Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().StartWith("Request 2 declares no tool named \"get_weather\", although an earlier request did")
            .And.Contain("Likely mistake: a request was sent without the tools of the request the code was given")
            .And.NotContain(MockApiAdviceForScripts);
    }

    private const string MockApiAdviceForScripts = "a test that means to send a broken tool call injects a Fault instead";

    [Fact]
    public async Task CompleteAsync_ScriptedArgumentsBreakingTheSchema_NameThePath()
    {
        var model = new ScriptedChatModel().RespondWithToolCalls(("get_weather", new { city = 7 }));

        var failure = await model.Invoking(m => m.CompleteAsync(CourseTools.Ask("Weather?")))
            .Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().Contain("the arguments break the declared schema at $.city: expected a string");
    }

    [Fact]
    public async Task CompleteAsync_ScriptIgnoringToolChoiceNone_FailsLoudly()
    {
        var request = CourseTools.Ask("Weather in Tokyo?");
        request.ToolChoice = ToolChoice.None;
        var model = new ScriptedChatModel().RespondWithToolCalls(("get_weather", new { city = "Tokyo" }));

        var failure = await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().Contain("it calls tools, but tool_choice is none");
    }

    [Fact]
    public async Task CompleteAsync_TwoScriptedCallsWithParallelCallsOff_FailsLoudly()
    {
        var request = CourseTools.Ask("Weather in Tokyo and London?");
        request.ParallelToolCalls = false;
        var model = new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }), ("get_weather", new { city = "London" }));

        var failure = await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().Contain("it makes 2 tool calls, but parallel_tool_calls is false");
    }

    [Fact]
    public async Task CompleteAsync_ScriptedResponseWithTwoCallsOfOneId_FailsLoudly()
    {
        var model = new ScriptedChatModel().RespondWith(ChatCompletionResponse.FromToolCalls(
        [
            new ToolCall("call_same", "get_weather", """{"city":"Tokyo"}"""),
            new ToolCall("call_same", "get_weather", """{"city":"London"}"""),
        ]));

        var failure = await model.Invoking(m => m.CompleteAsync(CourseTools.Ask("Tokyo and London?")))
            .Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().Contain("the id \"call_same\" is used by 2 tool calls");
    }

    [Fact]
    public async Task CompleteAsync_ScriptedToolCallOfAnotherType_FailsLoudly()
    {
        var call = new ToolCall("call_1", "get_weather", """{"city":"Tokyo"}""") { Type = "custom" };
        var model = new ScriptedChatModel().RespondWith(ChatCompletionResponse.FromToolCalls([call]));

        var failure = await model.Invoking(m => m.CompleteAsync(CourseTools.Ask("Weather in Tokyo?")))
            .Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().Contain("tool call \"call_1\" (get_weather): a tool call needs an id and the type \"function\"");
    }

    [Fact]
    public async Task Requests_AfterTheCallerChangesItsList_StillShowWhatWasSent()
    {
        var model = new ScriptedChatModel().RespondWithText("Hello!");
        var request = new ChatCompletionRequest { Messages = [ChatMessage.User("Hi")] };

        await model.CompleteAsync(request);
        request.Messages.Add(ChatMessage.User("Changed afterwards"));

        model.Requests.Should().ContainSingle().Which.Messages.Should().ContainSingle().Which.Content.Should().Be("Hi");
    }

    [Fact]
    public async Task CompleteAsync_WithLatencyAndACancelledToken_StopsWaiting()
    {
        var model = new ScriptedChatModel { Latency = TimeSpan.FromMinutes(10) }.RespondWithText("Too late.");
        using var cancellation = new CancellationTokenSource();
        var call = model.CompleteAsync(new ChatCompletionRequest { Messages = [ChatMessage.User("Hi")] }, cancellation.Token);

        await cancellation.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void RespondWithToolCalls_WithNoCalls_IsRefusedAtOnce()
    {
        var script = () => new ScriptedChatModel().RespondWithToolCalls();

        script.Should().Throw<ArgumentException>().WithMessage("Script at least one tool call, or use RespondWithText*");
    }

    [Fact]
    public async Task CompleteAsync_ScriptedTextWhileToolChoiceIsRequired_FailsLoudly()
    {
        var request = CourseTools.Ask("Weather in Tokyo?");
        request.ToolChoice = ToolChoice.Required;
        var model = new ScriptedChatModel().RespondWithText("Sunny.");

        var failure = await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().Contain("it answers with text, but tool_choice is required and forces a tool call");
    }

    [Fact]
    public async Task CompleteAsync_ScriptedTextWhileToolChoiceNamesAFunction_FailsLoudly()
    {
        var request = CourseTools.Ask("Weather in Tokyo?");
        request.ToolChoice = ToolChoice.Function("get_weather");
        var model = new ScriptedChatModel().RespondWithText("Sunny.");

        var failure = await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().Contain("it answers with text, but tool_choice is function get_weather and forces a tool call");
    }
}
