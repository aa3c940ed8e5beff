using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>Each way a value can break a schema is told in words, once, at the part of the value that breaks it.</summary>
public class SchemaViolationTextTests
{
    [Theory]
    [InlineData("""{"type": "number", "multipleOf": 0.5}""", "0.3", "the number is not a multiple of 0.5 (multipleOf)")]
    [InlineData("""{"type": "array", "items": {}, "uniqueItems": true}""", """["a", "a"]""", "the array holds the same item more than once (uniqueItems)")]
    [InlineData("""{"not": {"type": "string"}}""", "\"a\"", "the value matches the schema under \"not\", which it must not")]
    [InlineData("""{"type": ["string", "null"]}""", "1", "the value is none of the types \"type\" lists")]
    [InlineData("""{"type": "object", "maxProperties": 1}""", """{"a": 1, "b": 2}""", "the object has more properties than maxProperties")]
    [InlineData("""{"type": "object", "minProperties": 1}""", "{}", "the object has fewer properties than minProperties")]
    public void Validate_BrokenKeyword_IsToldInWords(string property, string value, string message)
    {
        var violations = Validate("{\"type\": \"object\", \"properties\": {\"x\": " + property + "}}", "{\"x\": " + value + "}");

        violations.Should().Equal(new SchemaViolation("$.x", message));
    }

    [Fact]
    public void Validate_ItemBeyondAClosedTuple_SaysTheTupleIsFull() =>
        Validate("""{"type": "array", "items": [{"type": "string"}], "additionalItems": false}""", """["a", 1]""")
            .Should().Equal(new SchemaViolation("$[1]", "the array has more items than \"items\" lists, and \"additionalItems\" is false"));

    [Fact]
    public void Validate_ItemOfTheWrongTypeDeepInArrays_IsReportedOnceAtTheItem() =>
        Validate("""{"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}""", """[[1, "x"]]""")
            .Should().Equal(new SchemaViolation("$[0][1]", "expected an integer"));

    [Fact]
    public void Validate_AdditionalPropertyOfTheWrongType_IsReportedOnceAtTheProperty() =>
        Validate("""{"type": "object", "additionalProperties": {"type": "integer"}}""", """{"a b": "x"}""")
            .Should().Equal(new SchemaViolation("$['a b']", "expected an integer"));

    private static IReadOnlyList<SchemaViolation> Validate(string schema, string value) =>
        SchemaValidator.For(JsonNode.Parse(schema)!).Validate(JsonNode.Parse(value));
}
