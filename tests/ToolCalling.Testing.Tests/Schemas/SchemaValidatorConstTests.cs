using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>"const" allows exactly one value, as a one-value "enum" does, wherever a schema uses it.</summary>
public class SchemaValidatorConstTests
{
    [Theory]
    [InlineData("\"electronics\"", true)]
    [InlineData("\"books\"", false)]
    [InlineData("42", false)]
    public void Validate_StringConst_AcceptsOnlyThatValue(string value, bool accepted)
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "string", "const": "electronics"}""")!);

        validator.Validate(JsonNode.Parse(value)).Should().HaveCount(accepted ? 0 : value.StartsWith('"') ? 1 : 2, "a number also breaks the type");
    }

    [Fact]
    public void Validate_ChoicesWrittenAsAnyOfConsts_RejectWhatNoneOfThemAllows()
    {
        var schema = JsonNode.Parse("""
            {
              "type": "object",
              "properties": {"category": {"anyOf": [{"const": "electronics"}, {"const": "books"}], "description": "Catalog section"}}
            }
            """)!;

        var validator = SchemaValidator.For(schema);

        validator.Validate(JsonNode.Parse("""{"category": "books"}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"category": "toys"}""")).Should().NotBeEmpty("an anyOf of consts is an enum written another way");
    }

    [Fact]
    public void Validate_ConstNextToAnEnum_MustMatchBoth()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"enum": ["a", "b"], "const": "a"}""")!);

        validator.Validate(JsonNode.Parse("\"a\"")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("\"b\"")).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("""{"const": null}""", "null", "0")]
    [InlineData("""{"const": {"unit": "celsius"}}""", """{"unit": "celsius"}""", """{"unit": "kelvin"}""")]
    [InlineData("""{"const": [1, 2]}""", "[1, 2]", "[2, 1]")]
    public void Validate_ConstOfAnyKind_ComparesTheWholeValue(string schema, string same, string different)
    {
        var validator = SchemaValidator.For(JsonNode.Parse(schema)!);

        validator.Validate(JsonNode.Parse(same)).Should().BeEmpty();
        validator.Validate(JsonNode.Parse(different)).Should().NotBeEmpty();
    }

    [Fact]
    public void Validate_PropertyNamedConst_IsAPropertyNotTheKeyword()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "object", "properties": {"const": {"type": "integer"}}}""")!);

        validator.Validate(JsonNode.Parse("""{"const": 5}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"const": "five"}""")).Should().NotBeEmpty();
    }

    [Fact]
    public void For_SchemaWithConst_LeavesTheCallersSchemaAsItWas()
    {
        var schema = JsonNode.Parse("""{"type": "string", "const": "x"}""")!;

        SchemaValidator.For(schema);

        schema.ToJsonString().Should().Be("""{"type":"string","const":"x"}""");
    }
}
