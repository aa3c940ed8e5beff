using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Models;

public class RuleBasedConversationTests
{
    private static IEnumerable<(string Id, string Name, string Arguments)> Described(IEnumerable<ToolCall> calls) =>
        calls.Select(call => (call.Id, call.Function.Name, call.Function.Arguments));

    [Fact]
    public async Task CompleteAsync_CompareTheWeatherInThreeCities_CallsGetWeatherInParallelThenAnswers()
    {
        var run = await ToolLoop.RunAsync(new RuleBasedChatModel(), CourseTools.Ask("Compare the weather in Tokyo, London, and New York"));

        run.Responses.Should().HaveCount(2);
        Described(run.CallsOfRound(1)).Should().Equal(
            ("call_1", "get_weather", """{"city":"Tokyo"}"""),
            ("call_2", "get_weather", """{"city":"London"}"""),
            ("call_3", "get_weather", """{"city":"New York"}"""));
        run.Answer.Should().Be("Here is the current weather. Tokyo: 22°C, sunny. London: 15°C, cloudy. New York: 18°C, windy.");
    }

    [Fact]
    public async Task CompleteAsync_AverageTemperature_CallsWeatherThenCalculateThenAnswers()
    {
        var run = await ToolLoop.RunAsync(
            new RuleBasedChatModel(), CourseTools.Ask("What is the average temperature of Tokyo, London and New York?"));

        run.Responses.Should().HaveCount(3);
        run.CallsOfRound(1).Select(call => call.Function.Name).Should().Equal("get_weather", "get_weather", "get_weather");
        Described(run.CallsOfRound(2)).Should().Equal(("call_4", "calculate", """{"expression":"(22 + 15 + 18) / 3"}"""));
        run.Answer.Should().Be("The average temperature of Tokyo, London and New York is 18.33°C (Tokyo 22°C, London 15°C, New York 18°C).");
    }

    [Fact]
    public async Task CompleteAsync_IsItWarmerInTokyoOrLondon_ComparesWithTheCalculator()
    {
        var run = await ToolLoop.RunAsync(new RuleBasedChatModel(), CourseTools.Ask("Is it warmer in Tokyo or London?"));

        Described(run.CallsOfRound(2)).Should().Equal(("call_3", "calculate", """{"expression":"22 - 15"}"""));
        run.Answer.Should().Be("Tokyo is warmer than London: 22°C against 15°C, a difference of 7°C.");
    }

    [Fact]
    public async Task CompleteAsync_ConvertCelsiusToFahrenheit_CallsConvertTemperature()
    {
        var run = await ToolLoop.RunAsync(new RuleBasedChatModel(), CourseTools.Ask("Convert 30 celsius to fahrenheit"));

        Described(run.CallsOfRound(1)).Should().Equal(
            ("call_1", "convert_temperature", """{"value":30,"from_unit":"celsius","to_unit":"fahrenheit"}"""));
        run.Answer.Should().Be("30°C is 86°F.");
    }

    [Fact]
    public async Task CompleteAsync_QuestionWithoutAMatchingRule_GetsAPlainTextAnswer()
    {
        var run = await ToolLoop.RunAsync(new RuleBasedChatModel(), CourseTools.Ask("Tell me a joke."));

        run.Responses.Should().ContainSingle().Which.Choices[0].FinishReason.Should().Be("stop");
        run.Answer.Should().StartWith("I can look up the weather in a city");
    }

    [Fact]
    public async Task CompleteAsync_UnknownCity_ErrorFromTheToolReachesTheAnswer()
    {
        var run = await ToolLoop.RunAsync(new RuleBasedChatModel(), CourseTools.Ask("What's the weather in Toky right now?"));

        run.Answer.Should().Be("Here is the current weather. Toky: no data (Unknown city: Toky).");
    }

    [Fact]
    public async Task CompleteAsync_ArithmeticQuestion_UsesTheCalculator()
    {
        var run = await ToolLoop.RunAsync(new RuleBasedChatModel(), CourseTools.Ask("What is (2 + 3) * 4?"));

        run.CallsOfRound(1).Single().Function.Arguments.Should().Be("""{"expression":"(2 + 3) * 4"}""");
        run.Answer.Should().Be("(2 + 3) * 4 = 20");
    }

    [Fact]
    public async Task CompleteAsync_TwoModels_GiveTheSameIdsForTheSameConversation()
    {
        var first = await ToolLoop.RunAsync(new RuleBasedChatModel(), CourseTools.Ask("Is it warmer in Tokyo or London?"));
        var second = await ToolLoop.RunAsync(new RuleBasedChatModel(), CourseTools.Ask("Is it warmer in Tokyo or London?"));

        second.Responses.Select(response => response.ToJson()).Should().Equal(first.Responses.Select(response => response.ToJson()));
    }

    [Fact]
    public async Task CompleteAsync_LoopThatForgetsTheAssistantMessage_FailsAsTheApiWould()
    {
        var model = new RuleBasedChatModel();
        var request = CourseTools.Ask("What's the weather in Tokyo?");
        var response = await model.CompleteAsync(request);
        foreach (var call in response.Choices[0].Message.ToolCalls!)
        {
            request.AppendToolMessage(new ToolMessage(call.Id, CourseFunctions.Dispatch(call)));
        }

        var failure = await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<ChatApiException>();

        failure.Which.Error.Message.Should().Be(
            "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.");
    }

    [Fact]
    public async Task CompleteAsync_LoopWithAHardCodedToolCallId_FailsAsTheApiWould()
    {
        var model = new RuleBasedChatModel();
        var request = CourseTools.Ask("Compare the weather in Tokyo and London");
        var response = await model.CompleteAsync(request);
        request.AppendAssistantMessage(response);
        request.AppendToolMessage(new ToolMessage("call_abc", "{\"temperature\":22}"));
        request.AppendToolMessage(new ToolMessage("call_abc", "{\"temperature\":15}"));

        var failure = await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<ChatApiException>();

        failure.Which.Error.Message.Should().Be("Invalid parameter: 'tool_call_id' of 'call_abc' not found in 'tool_calls' of previous message.");
    }

    [Fact]
    public async Task CompleteAsync_MalformedArgumentsFault_ModelRetriesTheCallItsResultDidNotAnswer()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.MalformedArguments);

        var run = await ToolLoop.RunAsync(model, CourseTools.Ask("What's the weather in Tokyo?"));

        run.CallsOfRound(1).Single().Function.Arguments.Should().Be("{\"city\":\"Tokyo\"");
        run.CallsOfRound(2).Single().Function.Arguments.Should().Be("""{"city":"Tokyo"}""");
        run.Answer.Should().Be("Here is the current weather. Tokyo: 22°C, sunny.");
    }
}
