namespace ToolCalling.Testing.Tests.Hints;

public class ToolCallIdHintsTests
{
    private static readonly string[] Expected = ["call_1", "call_2", "call_3"];

    [Fact]
    public void For_TheRightIdsInAnotherOrder_SaysTheOrderIsWrongRatherThanTheIds()
    {
        ToolCallIdHints.For(Expected, ["call_2", "call_3", "call_1"]).Should().Be(CommonMistakes.ToolMessagesOutOfOrder);
    }

    [Fact]
    public void For_OneIdUsedForEveryMessage_SaysTheIdWasReused()
    {
        ToolCallIdHints.For(Expected, ["call_1", "call_1", "call_1"]).Should().Be(CommonMistakes.ToolCallIdReused);
    }

    [Fact]
    public void For_IdsOfNoCall_SaysTheIdsAreMismatched()
    {
        ToolCallIdHints.For(Expected, ["call_a", "call_b", "call_c"]).Should().Be(CommonMistakes.ToolCallIdMismatched);
    }

    [Fact]
    public void For_MissingMessagesOrTheRightAnswer_GivesNoHint()
    {
        ToolCallIdHints.For(Expected, ["call_1", "call_2"]).Should().BeNull();
        ToolCallIdHints.For(Expected, Expected).Should().BeNull();
    }
}
