namespace ToolCalling.Testing.Tests.Hints;

public class BlockingHintsTests
{
    [Theory]
    [InlineData("System.AggregateException")]
    [InlineData("System.AggregateException: One or more errors occurred. (HTTP 503 (service_unavailable_error): ...)")]
    public void For_AnAggregateException_SaysATaskWasBlockedOn(string thrown)
    {
        BlockingHints.For(thrown).Should().Be(CommonMistakes.TaskBlockedOn);
    }

    [Theory]
    [InlineData("ToolCalling.Testing.ChatApiException")]
    [InlineData("ToolCalling.Testing.ChatApiException: HTTP 503 (service_unavailable_error): System.AggregateException")]
    [InlineData("System.AggregateExceptionOfMyOwn")]
    [InlineData(null)]
    public void For_AnyOtherOutcome_GivesNoHint(string? thrown)
    {
        BlockingHints.For(thrown).Should().BeNull();
    }
}
