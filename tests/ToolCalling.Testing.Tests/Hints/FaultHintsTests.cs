using System.Text.Json;

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
}
