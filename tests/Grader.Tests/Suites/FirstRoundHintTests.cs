using System.Text.Json.Nodes;
using Grader.Execution;
using Grader.Reports;
using Grader.Scoring;
using Grader.Suites;
using Grader.Tests.Grading;
using ToolCalling.Testing;

namespace Grader.Tests.Suites;

/// <summary>
/// Exercise 06's check of a round of three parallel calls names a tool_call_id mistake only when the ids are what differs,
/// and then the one it is: results in another order, one id reused, or ids that match no call.
/// </summary>
[Collection(GradingCollection.Name)]
public class FirstRoundHintTests(GradingFixture grading)
{
    private const string Assistant = "assistant calling call_1, call_2, call_3";

    [Theory]
    [InlineData("call_3", "call_2", "call_1", CommonMistakes.ToolMessagesOutOfOrder)]
    [InlineData("call_1", "call_1", "call_1", CommonMistakes.ToolCallIdReused)]
    [InlineData("call_1", "call_2", "weather_3", CommonMistakes.ToolCallIdMismatched)]
    public void Judge_FirstRoundWithOtherIds_NamesTheMistakeTheIdsShow(string first, string second, string third, string hint)
    {
        var message = JudgeFirstRound([Assistant, $"tool answering {first}", $"tool answering {second}", $"tool answering {third}"]);

        message.Should().Contain(hint);
    }

    [Fact]
    public void Judge_FirstRoundWithTheAssistantMessageAfterTheResults_NamesNoToolCallIdMistake()
    {
        var message = JudgeFirstRound(["tool answering call_1", "tool answering call_2", "tool answering call_3", Assistant]);

        message.Should().NotContain("Likely mistake", "every result carries the id of its own call, in order: the ids are not what is wrong");
    }

    private string JudgeFirstRound(string[] afterQuestion)
    {
        var test = grading.Session.Suites.Single(suite => suite.Exercise.Slug == "06-weather-calculator-agent").Tests
            .Single(test => test.Id.EndsWith("Comparing_three_cities_takes_one_round_of_three_parallel_calls", StringComparison.Ordinal));
        var run = new JsonObject
        {
            ["Question"] = "Compare the weather in Paris, Cairo, and Oslo",
            ["Answer"] = "Here is the current weather. Paris: 20°C, clear. Cairo: 31°C, hot and dry. Oslo: -3°C, snow.",
            ["Rounds"] = 1,
            ["ToolCalls"] = 3,
            ["Requests"] = 2,
            ["AfterQuestion"] = new JsonArray([.. afterQuestion.Append("assistant answering").Select(line => (JsonNode)JsonValue.Create(line))]),
        };

        var result = new Judge(revealHiddenDetails: false, new GradingLimits()).Decide(test, new ActCompleted(test.Id, new Produced(run)));

        result.Status.Should().Be(TestStatus.Failed, "the first round is not as the course describes it");
        return result.Message;
    }
}
