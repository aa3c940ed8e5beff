using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>"if" chooses between "then" and "else": a value that matches it must match "then", any other "else".</summary>
public class SchemaValidatorConditionalTests
{
    private static readonly JsonNode Temperature = JsonNode.Parse("""
        {
          "type": "object",
          "properties": {"unit": {"enum": ["celsius", "fahrenheit"]}, "value": {"type": "number"}},
          "if": {"properties": {"unit": {"const": "celsius"}}},
          "then": {"properties": {"value": {"minimum": -273.15}}},
          "else": {"properties": {"value": {"minimum": -459.67}}}
        }
        """)!;

    [Theory]
    [InlineData("""{"unit": "celsius", "value": -200}""")]
    [InlineData("""{"unit": "fahrenheit", "value": -400}""")]
    public void Validate_ValueThatFitsItsBranch_IsAccepted(string value) =>
        SchemaValidator.For(Temperature).Validate(JsonNode.Parse(value)).Should().BeEmpty();

    [Fact]
    public void Validate_ValueThatMatchesIfButNotThen_SaysWhyThenApplies() =>
        SchemaValidator.For(Temperature).Validate(JsonNode.Parse("""{"unit": "celsius", "value": -400}""")).Should().Equal(
            new SchemaViolation("$", "the value matches \"if\", so it must also match \"then\", which it does not"),
            new SchemaViolation("$.value", "the number is below the minimum"));

    [Fact]
    public void Validate_ValueThatMissesIfAndElse_SaysWhyElseApplies() =>
        SchemaValidator.For(Temperature).Validate(JsonNode.Parse("""{"unit": "fahrenheit", "value": -500}""")).Should().Equal(
            new SchemaViolation("$", "the value does not match \"if\", so it must match \"else\", which it does not"),
            new SchemaViolation("$.value", "the number is below the minimum"));

    [Fact]
    public void Validate_IfWithoutElse_AcceptsWhatDoesNotMatchIf()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"if": {"type": "string"}, "then": {"minLength": 2}}""")!);

        validator.Validate(JsonNode.Parse("5")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("\"a\"")).Should().HaveCount(2);
    }

    [Fact]
    public void Validate_ThenWithoutIf_HasNoEffect() =>
        SchemaValidator.For(JsonNode.Parse("""{"then": {"type": "string"}}""")!).Validate(JsonNode.Parse("5")).Should().BeEmpty();

    [Fact]
    public void Validate_ConditionInsideNot_CountsForNot()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"not": {"if": {"type": "string"}, "then": {"maxLength": 3}}}""")!);

        validator.Validate(JsonNode.Parse("\"long text\"")).Should().BeEmpty("the inner schema rejects it, so \"not\" accepts it");
        validator.Validate(JsonNode.Parse("\"abc\"")).Should().NotBeEmpty();
    }

    [Fact]
    public void For_ElseWrittenAsFalse_IsRefusedWithTheObjectToWrite()
    {
        var load = () => SchemaValidator.For(JsonNode.Parse("""{"if": {"type": "string"}, "else": false}""")!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().Be(
            "The schema cannot be used: at $.else, \"else\" must be a schema object for the validator, but it is false. " +
            "Write {\"not\": {}} instead: the schema that allows nothing.");
    }
}
