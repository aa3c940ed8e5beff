using System.Text.Json.Nodes;
using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Models;

/// <summary>
/// The API accepts a tool definition with a key written twice and reads the last copy. The mock models do the same,
/// instead of throwing the ArgumentException that a parsed JsonObject throws on its first use.
/// </summary>
public class RepeatedKeyDefinitionTests
{
    private static ToolDefinition GetWeatherWithRepeatedKeys => ToolDefinition.ForFunction(
        "get_weather",
        "Get the current weather for a city. Returns the temperature and the conditions.",
        JsonNode.Parse("""
            {
              "type": "object",
              "properties": {
                "city": { "type": "string", "description": "The city", "description": "The city name, e.g. Tokyo" },
                "unit": { "type": "string", "enum": ["celsius", "fahrenheit"] },
                "unit": { "type": "string", "enum": ["celsius", "fahrenheit"] }
              },
              "required": ["city"]
            }
            """));

    [Fact]
    public async Task RuleBasedModel_DefinitionWithRepeatedKeys_CallsTheToolAsUsual()
    {
        var model = new RuleBasedChatModel();

        var response = await model.CompleteAsync(CourseTools.Ask("What's the weather in Tokyo?", [GetWeatherWithRepeatedKeys]));

        response.Choices[0].Message.ToolCalls.Should().ContainSingle().Which.Function.Arguments.Should().Be("""{"city":"Tokyo"}""");
    }

    [Fact]
    public async Task RecordedRequest_DefinitionWithRepeatedKeys_HoldsTheLastCopyAsTheApiReadsIt()
    {
        var model = new RuleBasedChatModel();

        await model.CompleteAsync(CourseTools.Ask("What's the weather in Tokyo?", [GetWeatherWithRepeatedKeys]));

        var city = model.Requests.Single().Tools!.Single().Function.Parameters!["properties"]!["city"]!.AsObject();
        city.Select(property => property.Key).Should().Equal("type", "description");
        city["description"]!.GetValue<string>().Should().Be("The city name, e.g. Tokyo");
    }

    [Fact]
    public async Task WrongArgumentTypesFault_DefinitionWithRepeatedKeys_BreaksTheCallAsUsual()
    {
        var model = new RuleBasedChatModel();
        model.Faults.OnCall(1, Fault.WrongArgumentTypes);

        var response = await model.CompleteAsync(CourseTools.Ask("What's the weather in Tokyo?", [GetWeatherWithRepeatedKeys]));

        var arguments = JsonNode.Parse(response.Choices[0].Message.ToolCalls!.Single().Function.Arguments)!.AsObject();
        arguments["city"]!.GetValueKind().Should().NotBe(System.Text.Json.JsonValueKind.String, "the fault gives each argument a wrong type");
    }

    [Fact]
    public async Task LearnersOwnRequest_DefinitionWithRepeatedKeys_IsLeftAsWritten()
    {
        var request = CourseTools.Ask("What's the weather in Tokyo?", [GetWeatherWithRepeatedKeys]);

        await new RuleBasedChatModel().CompleteAsync(request);

        request.Tools!.Single().Function.Parameters!.ToJsonString().Should().Contain("\"description\":\"The city\",\"description\"");
    }
}
