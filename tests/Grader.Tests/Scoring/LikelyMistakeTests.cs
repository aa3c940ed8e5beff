using Grader.Scoring;
using ToolCalling.Testing;

namespace Grader.Tests.Scoring;

public class LikelyMistakeTests
{
    [Fact]
    public void All_CoversEveryCommonMistakeWithItsOwnId()
    {
        LikelyMistake.All.Select(mistake => mistake.Hint).Should().Equal(CommonMistakes.All);
        LikelyMistake.All.Select(mistake => mistake.Id).Should().OnlyHaveUniqueItems().And.AllSatisfy(id => id.Should().MatchRegex("^[a-z]+(_[a-z]+)*$"));
    }

    [Fact]
    public void All_TitlesAreShortPhrasesForATable() =>
        LikelyMistake.All.Should().AllSatisfy(mistake =>
        {
            mistake.Title.Should().NotBeNullOrWhiteSpace().And.NotStartWith("Likely mistake").And.NotEndWith(".");
            mistake.Title.Length.Should().BeLessThanOrEqualTo(90, mistake.Title);
        });

    [Fact]
    public void WithId_NamesTheConstantInSnakeCase()
    {
        var mistake = LikelyMistake.WithId("arguments_parsed_outside_try");

        mistake!.Hint.Should().Be(CommonMistakes.ArgumentsParsedOutsideTry);
        mistake.Title.Should().Be("the arguments are parsed outside the try");
    }

    [Fact]
    public void Title_StopsWhereTheHintStartsToExplain() =>
        LikelyMistake.WithId("tool_call_id_reused")!.Title.Should().Be("a hard-coded tool_call_id, or one id reused for every call");

    [Fact]
    public void WithId_UnknownId_IsNull() =>
        LikelyMistake.WithId("made_up").Should().BeNull();

    [Fact]
    public void FoundIn_MessageHoldingAHintTheCheckNamed_GivesThatMistake() =>
        LikelyMistake.FoundIn($"RunConversationAsync threw JsonException: bad\n{CommonMistakes.ArgumentsParsedOutsideTry}",
            [CommonMistakes.ArgumentsParsedOutsideTry])!.Id.Should().Be("arguments_parsed_outside_try");

    [Fact]
    public void FoundIn_HintNamedWithMoreWordsAfterIt_GivesThatMistake()
    {
        var named = $"{CommonMistakes.ToolCallIdMismatched} It also happens when the newest assistant message was not appended.";

        LikelyMistake.FoundIn($"HTTP 400: not found\n{named}", [named])!.Id.Should().Be("tool_call_id_mismatched");
    }

    [Fact]
    public void FoundIn_HintQuotedInsideANamedHint_IsNull()
    {
        // The mock API's hint for a tool definition it rejects, at a property the code named after a hint of its choosing.
        var named = $"Likely mistake: the tool definition at $.tools[0].function.parameters.properties['{CommonMistakes.StopsAfterOneRound}'] " +
            "breaks the API's rules.";

        LikelyMistake.FoundIn($"RunConversationAsync threw ChatApiException: HTTP 400\n{named}", [named]).Should().BeNull();
    }

    [Fact]
    public void FoundIn_HintThatOnlyTheCodesOwnWordsHold_IsNull() =>
        LikelyMistake.FoundIn($"Expected: {{}}\nFound: \"{CommonMistakes.MaxRoundsCountsRequests}\"", named: []).Should().BeNull();

    [Fact]
    public void FoundIn_CodeQuotingAHintListedBeforeTheNamedOne_GivesTheNamedOne()
    {
        var (quoted, named) = (CommonMistakes.All[0], CommonMistakes.All[^1]);

        LikelyMistake.FoundIn($"Found: {quoted}\n{named}", [named])!.Hint.Should().Be(named);
    }

    [Fact]
    public void FoundIn_MessageHoldingTwoNamedHints_GivesTheOneListedFirst()
    {
        var (first, second) = (CommonMistakes.All[0], CommonMistakes.All[^1]);

        LikelyMistake.FoundIn($"{second}\n{first}", [second, first])!.Hint.Should().Be(first);
    }

    [Fact]
    public void FoundIn_NamedHintTheMessageDoesNotShow_IsNull() =>
        LikelyMistake.FoundIn("Expected: 3 requests\nFound: 2 requests", [CommonMistakes.StopsAfterOneRound]).Should().BeNull();
}
