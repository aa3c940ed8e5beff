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

    [Theory]
    [InlineData(6)]
    [InlineData(20)]
    public void WhenGuardCaught_ReturnedBeforeTheModelGaveUp_SaysTheCatchAroundTheLoopCaughtTheGuard(int requestsSent)
    {
        MaxRoundsHints.WhenGuardCaught(threw: false, requestsSent, modelGivesUpAfter: 20).Should().Be(CommonMistakes.GuardCaughtAroundLoop);
    }

    [Theory]
    [InlineData(true, 6)]   // the guard's exception, or another one, reached the test
    [InlineData(false, 21)] // no guard: only the endless model's own exception stopped the loop, and that was caught
    public void WhenGuardCaught_ThrewOrNeverStoppedByItself_GivesNoHint(bool threw, int requestsSent)
    {
        MaxRoundsHints.WhenGuardCaught(threw, requestsSent, modelGivesUpAfter: 20).Should().BeNull();
    }
}
