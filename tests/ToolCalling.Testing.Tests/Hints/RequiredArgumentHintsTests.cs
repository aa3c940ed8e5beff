using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Hints;

public class RequiredArgumentHintsTests
{
    private const string WeatherSchema = """{"type": "object", "properties": {"city": {"type": "string"}, "unit": {"type": "string"}}, "required": ["city", "unit"]}""";

    [Fact]
    public void WhenValidArgumentsRejected_ForLackingARequiredProperty_SaysAnOptionalArgumentIsRequired()
    {
        var violations = SchemaValidator.For(JsonNode.Parse(WeatherSchema)!).Validate(JsonNode.Parse("""{"city": "Tokyo"}"""));

        RequiredArgumentHints.WhenValidArgumentsRejected(violations).Should().Be(CommonMistakes.OptionalArgumentRequired);
    }

    [Fact]
    public void WhenValidArgumentsRejected_ForAnythingElse_GivesNoHint()
    {
        var violations = SchemaValidator.For(JsonNode.Parse(WeatherSchema)!).Validate(JsonNode.Parse("""{"city": 7, "unit": "celsius"}"""));

        violations.Should().NotBeEmpty();
        RequiredArgumentHints.WhenValidArgumentsRejected(violations).Should().BeNull();
    }
}
