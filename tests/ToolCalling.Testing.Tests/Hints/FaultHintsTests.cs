using System.Text.Json;
using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Hints;

public class FaultHintsTests
{
    [Fact]
    public void ForMalformedArguments_TheParserThrew_SaysTheArgumentsWereParsedOutsideTheTry()
    {
        var thrown = Record.Exception(() => JsonDocument.Parse("""{"city": "Tokyo" """));

        FaultHints.ForMalformedArguments(thrown.GetType().FullName!).Should().Be(CommonMistakes.ArgumentsParsedOutsideTry);
        FaultHints.ForMalformedArguments(typeof(JsonException).FullName!).Should().Be(CommonMistakes.ArgumentsParsedOutsideTry);
    }

    [Fact]
    public void ForMalformedArguments_AToolThatReadsAMissingArgument_GivesNoHint()
    {
        using var arguments = JsonDocument.Parse("""{"city": "Paris"}""");
        var thrown = Record.Exception(() => arguments.RootElement.GetProperty("unit"));

        FaultHints.ForMalformedArguments(thrown.GetType().FullName!).Should().BeNull();
    }

    [Fact]
    public void ForUnknownFunctionWithMalformedArguments_TheParserThrew_SaysTheArgumentsWereParsedOutsideTheTry()
    {
        var thrown = Record.Exception(() => JsonDocument.Parse("""{"symbol": "ACME" """));

        FaultHints.ForUnknownFunctionWithMalformedArguments(thrown.GetType().FullName!).Should().Be(CommonMistakes.ArgumentsParsedOutsideTry);
    }

    [Fact]
    public void ForUnknownFunctionWithMalformedArguments_TheLookupThrew_SaysTheUnknownFunctionIsNotHandled()
    {
        FaultHints.ForUnknownFunctionWithMalformedArguments(typeof(KeyNotFoundException).FullName!).Should().Be(CommonMistakes.UnknownFunctionNotHandled);
    }

    [Fact]
    public void ForMalformedArgumentsAnsweredByTheLoop_OwnTextAfterTheFirstRequest_SaysACatchAroundTheLoopHidTheBrokenCall()
    {
        FaultHints.ForMalformedArgumentsAnsweredByTheLoop(1, "Sorry, something went wrong.").Should().Be(CommonMistakes.BrokenArgumentsCaughtAroundLoop);
    }

    [Theory]
    [InlineData(3, "Here is the current weather. Tokyo: 22°C, sunny.")]
    [InlineData(2, "Here is the current weather.")]
    [InlineData(1, "")]
    [InlineData(1, null)]
    public void ForMalformedArgumentsAnsweredByTheLoop_CallAnsweredOrNoTextReturned_GivesNoHint(int requestsSent, string? answer)
    {
        FaultHints.ForMalformedArgumentsAnsweredByTheLoop(requestsSent, answer).Should().BeNull();
    }

    [Fact]
    public void ForFailingCallAnsweredByTheLoop_OwnTextAfterTheFirstRequest_SaysACatchAroundTheLoopHidTheFailingCall()
    {
        FaultHints.ForFailingCallAnsweredByTheLoop(1, "Sorry, something went wrong.").Should().Be(CommonMistakes.FailingCallCaughtAroundLoop);
    }

    [Theory]
    [InlineData(2, "The forecast is not available right now.")]
    [InlineData(1, "")]
    [InlineData(1, null)]
    public void ForFailingCallAnsweredByTheLoop_CallAnsweredOrNoTextReturned_GivesNoHint(int requestsSent, string? answer)
    {
        FaultHints.ForFailingCallAnsweredByTheLoop(requestsSent, answer).Should().BeNull();
    }

    [Fact]
    public void ForUnknownFunction_ALookupOfTheInventedName_SaysTheUnknownFunctionIsNotHandled()
    {
        var registry = new Dictionary<string, ToolFunction> { ["get_weather"] = _ => null };
        var thrown = Record.Exception(() => registry["weather_lookup"]);

        FaultHints.ForUnknownFunction(thrown.Message, "weather_lookup").Should().Be(CommonMistakes.UnknownFunctionNotHandled);
        FaultHints.ForUnknownFunction("No such tool: weather_lookup", "weather_lookup").Should().Be(CommonMistakes.UnknownFunctionNotHandled);
    }

    [Fact]
    public void ForUnknownFunction_AToolThatReadsAMissingArgument_GivesNoHint()
    {
        using var arguments = JsonDocument.Parse("""{"city": "London"}""");
        var thrown = Record.Exception(() => arguments.RootElement.GetProperty("unit"));

        FaultHints.ForUnknownFunction(thrown.Message, "weather_lookup").Should().BeNull();
    }

    [Fact]
    public async Task ForSwallowedModelError_ALoopThatSendsTheFailedRequestAgain_SaysItRetried()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.ServiceUnavailable);
        var request = CourseTools.Ask("What's the weather in Tokyo?", [CourseTools.GetWeather]);

        try
        {
            await model.CompleteAsync(request);
        }
        catch (ChatApiException)
        {
            await model.CompleteAsync(request);
        }

        FaultHints.ForSwallowedModelError([.. model.Requests.Select(sent => sent.Messages.Count)]).Should().Be(CommonMistakes.ModelErrorRetried,
            "the mock keeps the request that failed, so the retry shows as the same request twice");
    }

    [Fact]
    public void ForSwallowedModelError_RequestsThatEachAddMessages_SaysTheErrorWasCaught() =>
        FaultHints.ForSwallowedModelError([1, 3]).Should().Be(CommonMistakes.ModelErrorCaughtAroundLoop);
}
