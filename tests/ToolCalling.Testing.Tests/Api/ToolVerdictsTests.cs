using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Api;

public class ToolVerdictsTests
{
    private static readonly ToolDefinitionProblem Broken = new("$.tools[0].function.name", "broken", ProblemSeverity.Error);

    [Fact]
    public void Reach_TheSameDefinitionAtTheSamePlace_IsJudgedOnce()
    {
        var verdicts = new ToolVerdicts(mostKept: 10);
        var judged = 0;

        var first = verdicts.Reach(0, """{"type":"function"}""", () => { judged++; return Broken; });
        var second = verdicts.Reach(0, """{"type":"function"}""", () => { judged++; return null; });

        judged.Should().Be(1);
        first.Should().BeSameAs(Broken);
        second.Should().BeSameAs(Broken);
    }

    [Fact]
    public void Reach_AnotherDefinitionOrPlace_IsJudgedAnew()
    {
        var verdicts = new ToolVerdicts(mostKept: 10);
        verdicts.Reach(0, "{}", () => Broken);

        verdicts.Reach(1, "{}", () => null).Should().BeNull("its place is part of the verdict: the API's message names it");
        verdicts.Reach(0, "{ }", () => null).Should().BeNull();
    }

    [Fact]
    public void Reach_WhenAsManyAreKeptAsAllowed_JudgesNewDefinitionsEveryTime()
    {
        var verdicts = new ToolVerdicts(mostKept: 2);
        verdicts.Reach(0, "1", () => null);
        verdicts.Reach(0, "2", () => null);
        var judged = 0;

        verdicts.Reach(0, "3", () => { judged++; return null; });
        verdicts.Reach(0, "3", () => { judged++; return null; });
        verdicts.Reach(0, "1", () => { judged++; return null; });

        judged.Should().Be(2);
    }

    [Fact]
    public void Forget_ThenReach_JudgesAgain()
    {
        var verdicts = new ToolVerdicts(mostKept: 10);
        verdicts.Reach(0, "{}", () => Broken);

        verdicts.Forget();

        verdicts.Reach(0, "{}", () => null).Should().BeNull();
    }

    [Fact]
    public async Task CompleteAsync_TheSameBrokenDefinitionTwice_IsRejectedTwiceAlike()
    {
        var tool = CourseTools.GetWeather;
        tool.Function.Name = "get weather";
        var request = CourseTools.Ask("Hi", tools: [CourseTools.Calculate, tool]);

        var first = await Rejection.Of(request);
        var second = await Rejection.Of(request);

        second.Error.Should().Be(first.Error);
        second.Message.Should().Be(first.Message);
        first.Error.Param.Should().Be("tools[1].function.name");
    }

    [Fact]
    public async Task CompleteAsync_ADefinitionMendedAfterARejection_IsAccepted()
    {
        var tool = CourseTools.GetWeather;
        var name = tool.Function.Name;
        tool.Function.Name = "get weather";
        await Rejection.Of(CourseTools.Ask("Hi", tools: [tool]));

        tool.Function.Name = name;
        var model = new ScriptedChatModel().RespondWithText("Sunny.");

        var response = await model.CompleteAsync(CourseTools.Ask("Hi", tools: [tool]));

        response.Choices[0].Message.Content.Should().Be("Sunny.");
    }
}
