using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Hints;

public class RequiredArgumentHintsTests
{
    private const string WeatherSchema = """{"type": "object", "properties": {"city": {"type": "string"}, "unit": {"type": "string"}}, "required": ["city", "unit"]}""";

    [Fact]
    public void WhenValidArgumentsRejected_ForLackingARequiredProperty_SaysAnOptionalArgumentIsRequired()
    {
        var violations = SchemaValidator.For(JsonNode.Parse(WeatherSchema)!).Validate(JsonNode.Parse("""{"city": "Tokyo"}"""));

        RequiredArgumentHints.WhenValidArgumentsRejected(violations, ["unit"]).Should().Be(CommonMistakes.OptionalArgumentRequired);
    }

    [Fact]
    public void WhenValidArgumentsRejected_ForLackingARequiredArgumentUnderAnotherName_GivesNoHint()
    {
        const string renamed = """{"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}""";
        var violations = SchemaValidator.For(JsonNode.Parse(renamed)!).Validate(JsonNode.Parse("""{"city": "Tokyo"}"""));

        violations.Should().ContainSingle(violation => violation.MissingProperty == "location");
        RequiredArgumentHints.WhenValidArgumentsRejected(violations, ["unit"]).Should().BeNull("location is city renamed, not an optional argument made required");
    }

    [Fact]
    public void WhenValidArgumentsRejected_ForAnythingElse_GivesNoHint()
    {
        var violations = SchemaValidator.For(JsonNode.Parse(WeatherSchema)!).Validate(JsonNode.Parse("""{"city": 7, "unit": "celsius"}"""));

        violations.Should().NotBeEmpty();
        RequiredArgumentHints.WhenValidArgumentsRejected(violations, ["unit"]).Should().BeNull();
    }
}
