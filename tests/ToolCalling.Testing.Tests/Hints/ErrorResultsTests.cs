namespace ToolCalling.Testing.Tests.Hints;

public class ErrorResultsTests
{
    [Theory]
    [InlineData("""{"error": "Unknown city: Toky"}""", "Unknown city: Toky")]
    [InlineData("""{"error": ""}""", "")]
    [InlineData("""{"error": "Unknown city: Toky", "city": "Toky"}""", null)] // more than the error
    [InlineData("""{"error": 404}""", null)]
    [InlineData("""{"message": "Unknown city: Toky"}""", null)]
    [InlineData("""["error"]""", null)]
    [InlineData("Error: Unknown city: Toky", null)]
    [InlineData(null, null)]
    public void TextOf_GivesTheTextOfAnObjectHoldingOnlyAnError(string? content, string? expected) =>
        ErrorResults.TextOf(content).Should().Be(expected);

    [Fact]
    public void RequireAny_ErrorWithSomeText_Passes() =>
        FluentActions.Invoking(() => ErrorResults.RequireAny("""{"error": "boom"}""", "The result must be an error."))
            .Should().NotThrow();

    [Theory]
    [InlineData("""{"error": ""}""")]
    [InlineData("""{"temperature": 22}""")]
    public void RequireAny_NoErrorText_FailsWithTheProblemAndWhatWasSent(string content) =>
        FluentActions.Invoking(() => ErrorResults.RequireAny(content, "The result must be an error."))
            .Should().Throw<Exception>()
            .Which.Message.Should().Contain("The result must be an error.").And.Contain(content).And.Contain("{\"error\": \"...\"}");

    [Fact]
    public void RequireAny_ErrorAsPlainText_NamesTheMistake() =>
        FluentActions.Invoking(() => ErrorResults.RequireAny("Error: boom", "The result must be an error."))
            .Should().Throw<Exception>().Which.Message.Should().Contain(CommonMistakes.ResultNotJson);

    [Fact]
    public void RequireAny_NoContent_ShowsWhatTheCallerSaysIsMissing() =>
        FluentActions.Invoking(() => ErrorResults.RequireAny(null, "The result must be an error.", missing: "no tool message"))
            .Should().Throw<Exception>().Which.Message.Should().Contain("no tool message");

    [Fact]
    public void RequireStartingWith_ErrorWithThatStart_Passes() =>
        FluentActions.Invoking(() => ErrorResults.RequireStartingWith("""{"error": "Invalid arguments for get_weather: bad"}""",
                "Invalid arguments for get_weather", "Broken arguments get the invalid-arguments error."))
            .Should().NotThrow();

    [Fact]
    public void RequireStartingWith_OtherError_FailsShowingTheExpectedStart() =>
        FluentActions.Invoking(() => ErrorResults.RequireStartingWith("""{"error": "Unknown city: x"}""",
                "Invalid arguments for get_weather", "Broken arguments get the invalid-arguments error."))
            .Should().Throw<Exception>()
            .Which.Message.Should().Contain("{\"error\": \"Invalid arguments for get_weather...\"}").And.Contain("Unknown city: x");

    [Fact]
    public void RequireAny_HintFromTheCaller_TakesThePlaceOfTheNotJsonHint() =>
        FluentActions.Invoking(() => ErrorResults.RequireAny("Error: boom", "The result must be an error.",
                likelyMistake: CommonMistakes.FailingCallCaughtAroundLoop))
            .Should().Throw<Exception>()
            .Which.Message.Should().Contain(CommonMistakes.FailingCallCaughtAroundLoop).And.NotContain(CommonMistakes.ResultNotJson);
}
