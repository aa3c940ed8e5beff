using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>Keywords next to a "$ref" apply together with the schema it points at, as in JSON Schema 2020-12.</summary>
public class SchemaValidatorReferenceSiblingTests
{
    private static SchemaValidator Validator(string property) => SchemaValidator.For(JsonNode.Parse(
        """{"type": "object", "$defs": {"text": {"type": "string"}}, "properties": {"code": """ + property + "}}")!);

    [Fact]
    public void Validate_BoundNextToAReference_IsChecked()
    {
        var validator = Validator("""{"$ref": "#/$defs/text", "maxLength": 3}""");

        validator.Validate(JsonNode.Parse("""{"code": "EUR"}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"code": "EURO"}""")).Should().Equal(new SchemaViolation("$.code", "the string is longer than maxLength"));
        validator.Validate(JsonNode.Parse("""{"code": 1}""")).Should().Equal(new SchemaViolation("$.code", "expected a string"));
    }

    [Fact]
    public void Validate_EnumNextToAReference_IsChecked() =>
        Validator("""{"$ref": "#/$defs/text", "enum": ["EUR", "USD"]}""").Validate(JsonNode.Parse("""{"code": "GBP"}""")).Should().Equal(
            new SchemaViolation("$.code", "the value is not one of the allowed values (enum)"));

    [Fact]
    public void Validate_BoundNextToAnAllOfOfOneReference_IsChecked() =>
        Validator("""{"allOf": [{"$ref": "#/$defs/text"}], "maxLength": 3}""").Validate(JsonNode.Parse("""{"code": "EURO"}""")).Should().Equal(
            new SchemaViolation("$.code", "the string is longer than maxLength"));

    [Fact]
    public void Validate_ReferenceNextToAllOf_JoinsIt()
    {
        var validator = Validator("""{"$ref": "#/$defs/text", "allOf": [{"minLength": 2}]}""");

        validator.Validate(JsonNode.Parse("""{"code": "E"}""")).Should().NotBeEmpty();
        validator.Validate(JsonNode.Parse("""{"code": 12}""")).Should().NotBeEmpty("the referenced schema still applies");
    }

    [Fact]
    public void Validate_ReferenceWithADescription_StillFollowsTheReference() =>
        Validator("""{"$ref": "#/$defs/text", "description": "ISO 4217 code"}""").Validate(JsonNode.Parse("""{"code": 1}""")).Should().Equal(
            new SchemaViolation("$.code", "expected a string"));

    [Fact]
    public void For_ReferenceWithSiblings_LeavesTheCallersSchemaAsItWas()
    {
        var schema = JsonNode.Parse("""{"$ref": "#/$defs/text", "maxLength": 3, "$defs": {"text": {"type": "string"}}}""")!;

        SchemaValidator.For(schema);

        schema.ToJsonString().Should().Be("""{"$ref":"#/$defs/text","maxLength":3,"$defs":{"text":{"type":"string"}}}""");
    }
}
