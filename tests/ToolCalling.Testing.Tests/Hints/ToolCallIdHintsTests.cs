using System.Text.Json.Nodes;

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
    public void For_TheRightIdsInAnotherOrder_AlsoNamesIdsSwappedBetweenCalls()
    {
        // The ids alone cannot tell results sent in another order from ids swapped between parallel calls: the hint names both.
        var hint = ToolCallIdHints.For(Expected, ["call_3", "call_2", "call_1"]);

        hint.Should().Contain("swapped between calls").And.NotContain("right id");
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
    public void For_MessagesWithoutIds_SaysTheIdsAreMismatchedRatherThanReused()
    {
        ToolCallIdHints.For(Expected, [null, null, null]).Should().Be(CommonMistakes.ToolCallIdMismatched);
    }

    [Fact]
    public void For_MissingMessagesOrTheRightAnswer_GivesNoHint()
    {
        ToolCallIdHints.For(Expected, ["call_1", "call_2"]).Should().BeNull();
        ToolCallIdHints.For(Expected, Expected).Should().BeNull();
    }

    private static readonly string[] Conversation = ["user", "assistant calling call_1, call_2", "tool answering call_1", "tool answering call_2"];

    [Fact]
    public void ForConversation_ToolMessagesInAnotherOrder_SaysTheOrderIsWrong()
    {
        string[] found = ["user", "assistant calling call_1, call_2", "tool answering call_2", "tool answering call_1"];

        ToolCallIdHints.ForConversation(Conversation, found, "tool answering ").Should().Be(CommonMistakes.ToolMessagesOutOfOrder);
    }

    [Fact]
    public void ForConversation_OneIdForEveryToolMessage_SaysTheIdWasReused()
    {
        string[] found = ["user", "assistant calling call_1, call_2", "tool answering call_1", "tool answering call_1"];

        ToolCallIdHints.ForConversation(Conversation, found, "tool answering ").Should().Be(CommonMistakes.ToolCallIdReused);
    }

    [Fact]
    public void ForConversation_OtherMessagesMisplacedOrMissing_GivesNoIdHint()
    {
        string[] assistantLast = ["user", "tool answering call_1", "tool answering call_2", "assistant calling call_1, call_2"];
        string[] assistantMissing = ["user", "tool answering call_1", "tool answering call_2"];

        ToolCallIdHints.ForConversation(Conversation, assistantLast, "tool answering ").Should().BeNull();
        ToolCallIdHints.ForConversation(Conversation, assistantMissing, "tool answering ").Should().BeNull();
        ToolCallIdHints.ForConversation(Conversation, null, "tool answering ").Should().BeNull();
    }

    private static JsonNode?[] OtherCallsResults() =>
        [new JsonObject { ["city"] = "Lima", ["temperature"] = 12 }, JsonValue.Create("09:30")];

    [Fact]
    public void ForContent_TheResultOfAnotherCall_SaysTheIdsAreMismatched()
    {
        ToolCallIdHints.ForContent("""{"temperature": 12, "city": "Lima"}""", OtherCallsResults()).Should().Be(CommonMistakes.ToolCallIdMismatched);
        ToolCallIdHints.ForContent("\"09:30\"", OtherCallsResults()).Should().Be(CommonMistakes.ToolCallIdMismatched);
    }

    [Fact]
    public void ForContent_AWrappedResult_GivesNoIdHint()
    {
        ToolCallIdHints.ForContent("""{"result": {"city": "Lima", "temperature": 12}}""", OtherCallsResults()).Should().BeNull();
    }

    [Fact]
    public void ForContent_AResultWrittenTwice_GivesNoIdHint()
    {
        ToolCallIdHints.ForContent("""
            "{\"city\":\"Lima\",\"temperature\":12}"
            """, OtherCallsResults()).Should().BeNull();
    }

    [Fact]
    public void ForContent_AResultOfNoCall_GivesNoIdHint()
    {
        ToolCallIdHints.ForContent("""{"city": "Oslo", "temperature": 3}""", OtherCallsResults()).Should().BeNull();
        ToolCallIdHints.ForContent("""{"city": "Lima", "temperature": 12}""", []).Should().BeNull();
    }

    [Fact]
    public void ForContent_TextThatIsNotJson_GivesNoIdHint()
    {
        ToolCallIdHints.ForContent("09:30", OtherCallsResults()).Should().BeNull();
        ToolCallIdHints.ForContent("{city = Lima, temperature = 12}", OtherCallsResults()).Should().BeNull();
        ToolCallIdHints.ForContent(null, OtherCallsResults()).Should().BeNull();
    }
}
