using System.Text.Json.Nodes;
using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Models;

public class RuleBasedRequestOptionsTests
{
    [Fact]
    public async Task CompleteAsync_ParallelToolCallsOff_AsksForOneCityPerResponse()
    {
        var request = CourseTools.Ask("Compare the weather in Tokyo, London, and New York");
        request.ParallelToolCalls = false;

        var run = await ToolLoop.RunAsync(new RuleBasedChatModel(), request);

        run.Responses.Should().HaveCount(4);
        Enumerable.Range(1, 3).Select(round => run.CallsOfRound(round).Single().Function.Arguments)
            .Should().Equal("""{"city":"Tokyo"}""", """{"city":"London"}""", """{"city":"New York"}""");
    }

    [Fact]
    public async Task CompleteAsync_ToolChoiceNone_AnswersWithTextAndCallsNothing()
    {
        var request = CourseTools.Ask("What's the weather in Tokyo?");
        request.ToolChoice = ToolChoice.None;

        var response = await new RuleBasedChatModel().CompleteAsync(request);

        response.Choices[0].Message.ToolCalls.Should().BeNull();
        response.Choices[0].Message.Content.Should().Be("I would need to call get_weather to answer that, but this request does not allow tool calls.");
    }

    [Fact]
    public async Task CompleteAsync_ForcedFunction_IsCalledEvenWhenItsResultsAreAlreadyIn()
    {
        var model = new RuleBasedChatModel();
        var request = CourseTools.Ask("Is it warmer in Tokyo or London?");
        request.ToolChoice = ToolChoice.Function("get_weather");
        var first = await model.CompleteAsync(request);
        request.AppendAssistantMessage(first);
        foreach (var call in first.Choices[0].Message.ToolCalls!)
        {
            request.AppendToolMessage(new ToolMessage(call.Id, CourseFunctions.Dispatch(call)));
        }

        var second = await model.CompleteAsync(request);

        second.Choices[0].Message.ToolCalls!.Select(call => call.Function.Name).Should().Equal("get_weather", "get_weather");
    }

    [Fact]
    public async Task CompleteAsync_ForcedFunction_CallsOnlyThatFunction()
    {
        var request = CourseTools.Ask("Convert 30 celsius to fahrenheit");
        request.ToolChoice = ToolChoice.Function("convert_temperature");

        var response = await new RuleBasedChatModel().CompleteAsync(request);

        response.Choices[0].Message.ToolCalls.Should().ContainSingle().Which.Function.Name.Should().Be("convert_temperature");
    }

    [Fact]
    public async Task CompleteAsync_ToolChoiceRequiredWithNothingToCall_FailsWithAnExplanation()
    {
        var request = CourseTools.Ask("Tell me a joke.");
        request.ToolChoice = ToolChoice.Required;

        var failure = await new RuleBasedChatModel().Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().StartWith("RuleBasedChatModel cannot call a tool (tool_choice is required)")
            .And.Contain("ScriptedChatModel");
    }

    [Fact]
    public async Task CompleteAsync_AverageWithoutACalculatorTool_ComputesTheAnswerItself()
    {
        var run = await ToolLoop.RunAsync(
            new RuleBasedChatModel(), CourseTools.Ask("Average temperature of Tokyo and London?", tools: [CourseTools.GetWeather]));

        run.Responses.Should().HaveCount(2);
        run.Answer.Should().Be("The average temperature of Tokyo and London is 18.5°C (Tokyo 22°C, London 15°C).");
    }

    [Fact]
    public async Task CompleteAsync_WeatherQuestionWithoutAWeatherTool_SaysSo()
    {
        var run = await ToolLoop.RunAsync(new RuleBasedChatModel(), CourseTools.Ask("Weather in Tokyo?", tools: [CourseTools.Calculate]));

        run.Answer.Should().Be("I have no tool to look up the weather, so I cannot answer that reliably.");
    }

    [Fact]
    public async Task CompleteAsync_SchemaThatNamesTheCityLocation_GetsTheCityUnderThatName()
    {
        var tool = CourseTools.GetWeather;
        tool.Function.Parameters = JsonNode.Parse("""{"type":"object","properties":{"location":{"type":"string"}},"required":["location"],"additionalProperties":false}""");

        var run = await ToolLoop.RunAsync(new RuleBasedChatModel(), CourseTools.Ask("What's the weather in Paris?", tools: [tool]));

        run.CallsOfRound(1).Single().Function.Arguments.Should().Be("""{"location":"Paris"}""");
        run.Answer.Should().Be("Here is the current weather. Paris: 20°C, clear.");
    }

    [Fact]
    public async Task CompleteAsync_SchemaThatRequiresTheOptionalUnit_IsRefusedWithTheOptionalArgumentHint()
    {
        var tool = CourseTools.GetWeather;
        tool.Function.Parameters!["required"] = new JsonArray("city", "unit");
        var model = new RuleBasedChatModel();

        var failure = await model.Invoking(m => m.CompleteAsync(CourseTools.Ask("What's the weather in Paris?", tools: [tool])))
            .Should().ThrowAsync<MockResponseRefusedException>();

        failure.Which.Hint.Should().Be(CommonMistakes.OptionalArgumentRequired);
        failure.Which.Message.Should().Contain("the required property \"unit\" is missing").And.EndWith(CommonMistakes.OptionalArgumentRequired)
            .And.NotContain("ScriptedChatModel", "the learner whose tools these are cannot change the test's model");
    }
}
