namespace ToolCalling.Testing.Tests.Hints;

public class RoundHintsTests
{
    [Fact]
    public void WhenStoppedAfterOneRound_TwoRequestsWhereThreeWereDue_SaysTheLoopStopsAfterTheFirstRound()
    {
        RoundHints.WhenStoppedAfterOneRound(requestsSent: 2, requestsDue: 3).Should().Be(CommonMistakes.StopsAfterOneRound);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(1, 3)]
    [InlineData(3, 3)]
    public void WhenStoppedAfterOneRound_AnyOtherCount_GivesNoHint(int requestsSent, int requestsDue)
    {
        RoundHints.WhenStoppedAfterOneRound(requestsSent, requestsDue).Should().BeNull();
    }

    [Fact]
    public void WhenCountingRequests_OneRoundTooMany_SaysTheFinalTextIsNoRound()
    {
        RoundHints.WhenCountingRequests(roundsFound: 3, roundsDue: 2).Should().Be(CommonMistakes.RoundsCountRequests);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(1, 2)]
    [InlineData(4, 2)]
    public void WhenCountingRequests_AnyOtherCount_GivesNoHint(int roundsFound, int roundsDue)
    {
        RoundHints.WhenCountingRequests(roundsFound, roundsDue).Should().BeNull();
    }
}
