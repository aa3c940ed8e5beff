namespace ToolCalling.Testing.Tests.Hints;

public class MaxRoundsHintsTests
{
    [Fact]
    public void WhenOneShort_OneRequestShort_SaysTheGuardCountsRequests()
    {
        MaxRoundsHints.WhenOneShort(found: 5, expected: 6).Should().Be(CommonMistakes.MaxRoundsCountsRequests);
    }

    [Theory]
    [InlineData(6, 6)]
    [InlineData(4, 6)]
    [InlineData(7, 6)]
    public void WhenOneShort_AnyOtherCount_GivesNoHint(int found, int expected)
    {
        MaxRoundsHints.WhenOneShort(found, expected).Should().BeNull();
    }

    [Fact]
    public void WhenOneOver_OneRequestOver_SaysTheGuardLetsOneRoundTooMany()
    {
        MaxRoundsHints.WhenOneOver(found: 7, expected: 6).Should().Be(CommonMistakes.MaxRoundsOneRoundTooMany);
    }

    [Theory]
    [InlineData(6, 6)]
    [InlineData(5, 6)]
    [InlineData(8, 6)]
    public void WhenOneOver_AnyOtherCount_GivesNoHint(int found, int expected)
    {
        MaxRoundsHints.WhenOneOver(found, expected).Should().BeNull();
    }

    [Theory]
    [InlineData(5, 6, CommonMistakes.MaxRoundsCountsRequests)]
    [InlineData(7, 6, CommonMistakes.MaxRoundsOneRoundTooMany)]
    public void WhenOneOff_OneRoundEarlyOrLate_NamesWhichWay(int found, int expected, string hint)
    {
        MaxRoundsHints.WhenOneOff(found, expected).Should().Be(hint);
    }

    [Theory]
    [InlineData(6, 6)]
    [InlineData(4, 6)]
    [InlineData(8, 6)]
    public void WhenOneOff_AnyOtherCount_GivesNoHint(int found, int expected)
    {
        MaxRoundsHints.WhenOneOff(found, expected).Should().BeNull();
    }

    [Theory]
    [InlineData("Sorry, something went wrong: the model still asked for tools after 5 rounds.", 6)]
    [InlineData("Sorry, something went wrong.", 2)] // a guard that counts after running the tools stops at the second request
    [InlineData(null, 6)]
    [InlineData("", 20)]
    public void WhenGuardCaught_ReturnedBeforeTheModelGaveUp_SaysTheCatchAroundTheLoopCaughtTheGuard(string? answer, int requestsSent)
    {
        MaxRoundsHints.WhenGuardCaught(threw: false, answer, requestsSent, requestsDue: 6, modelGivesUpAfter: 20)
            .Should().Be(CommonMistakes.GuardCaughtAroundLoop);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void WhenGuardCaught_ReturnedTheModelsEmptyContentAfterTwoRequests_SaysTheLoopStopsAfterOneRound(string? answer)
    {
        MaxRoundsHints.WhenGuardCaught(threw: false, answer, requestsSent: 2, requestsDue: 6, modelGivesUpAfter: 20)
            .Should().Be(CommonMistakes.StopsAfterOneRound, "the endless model sends no text, so empty content is what it sent, not the loop's own words");
    }

    [Theory]
    [InlineData(true, 6)]   // the guard's exception, or another one, reached the test
    [InlineData(false, 21)] // no guard: only the endless model's own exception stopped the loop, and that was caught
    public void WhenGuardCaught_ThrewOrNeverStoppedByItself_GivesNoHint(bool threw, int requestsSent)
    {
        MaxRoundsHints.WhenGuardCaught(threw, "Sorry.", requestsSent, requestsDue: 6, modelGivesUpAfter: 20).Should().BeNull();
    }
}
