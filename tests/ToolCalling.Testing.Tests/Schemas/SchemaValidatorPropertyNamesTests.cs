using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>"propertyNames" checks the name of every property of an object, as a string.</summary>
public class SchemaValidatorPropertyNamesTests
{
    private static readonly JsonNode Labels = JsonNode.Parse("""
        {"type": "object", "propertyNames": {"pattern": "^[a-z_]+$", "maxLength": 8}, "additionalProperties": {"type": "string"}}
        """)!;

    [Fact]
    public void Validate_NamesThatFit_AreAccepted() =>
        SchemaValidator.For(Labels).Validate(JsonNode.Parse("""{"color": "red", "size_eu": "42"}""")).Should().BeEmpty();

    [Fact]
    public void Validate_NameThatDoesNotFit_IsAViolationAtThatProperty() =>
        SchemaValidator.For(Labels).Validate(JsonNode.Parse("""{"color": "red", "Size": "42"}""")).Should().Equal(
            new SchemaViolation("$.Size", "the property name \"Size\" does not fit \"propertyNames\": the string does not match the pattern"));

    [Fact]
    public void Validate_NameThatBreaksTwoRules_NamesBoth() =>
        SchemaValidator.For(Labels).Validate(JsonNode.Parse("""{"Manufacturer": "ACME"}""")).Should().ContainSingle().Which.Message.Should().Be(
            "the property name \"Manufacturer\" does not fit \"propertyNames\": the string does not match the pattern; the string is longer than maxLength");

    [Fact]
    public void Validate_PropertyNamesWithEnum_AllowsOnlyThoseNames()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "object", "propertyNames": {"enum": ["min", "max"]}}""")!);

        validator.Validate(JsonNode.Parse("""{"min": 1, "max": 2}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"mean": 1}""")).Should().ContainSingle().Which.Path.Should().Be("$.mean");
    }

    [Fact]
    public void Validate_ValueThatIsNotAnObject_IsLeftToTheType() =>
        SchemaValidator.For(JsonNode.Parse("""{"propertyNames": {"maxLength": 1}}""")!).Validate(JsonNode.Parse("[1]")).Should().BeEmpty();
}
