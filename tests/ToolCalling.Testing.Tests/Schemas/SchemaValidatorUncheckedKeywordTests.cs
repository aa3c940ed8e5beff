using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>
/// A keyword the validator cannot check is refused where it is, with what to write instead, rather than loaded as if it
/// were not there: the schema would then accept the very values the keyword is meant to refuse.
/// </summary>
public class SchemaValidatorUncheckedKeywordTests
{
    [Theory]
    [InlineData("""{"type": "object", "allOf": [{"properties": {"a": {}}}], "unevaluatedProperties": false}""", "$.unevaluatedProperties",
        "\"unevaluatedProperties\" is not checked by the validator the tests use, so the properties it is meant to refuse would get through. " +
        "List every property under \"properties\" of one object schema and use \"additionalProperties\" there instead.")]
    [InlineData("""{"type": "array", "prefixItems": [{}], "unevaluatedItems": false}""", "$.unevaluatedItems",
        "\"unevaluatedItems\" is not checked by the validator the tests use, so the items it is meant to refuse would get through. " +
        "Describe the items after those in \"prefixItems\" with \"items\" instead, such as \"items\": false to allow no more.")]
    [InlineData("""{"type": "object", "properties": {"card": {"dependencies": {"number": ["expiry"]}}}}""", "$.properties.card.dependencies",
        "\"dependencies\" is the keyword of older drafts, and the validator the tests use does not check it. " +
        "Write the lists of property names under \"dependentRequired\" and the schemas under \"dependentSchemas\".")]
    public void For_KeywordTheValidatorCannotCheck_IsRefusedAtTheKeyword(string schema, string path, string problem)
    {
        var load = () => SchemaValidator.For(JsonNode.Parse(schema)!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().Be($"The schema cannot be used: at {path}, {problem}");
    }

    [Fact]
    public void For_PropertyNamedLikeTheKeyword_IsAPropertyNotTheKeyword()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "object", "properties": {"dependencies": {"type": "array", "items": {"type": "string"}}}}""")!);

        validator.Validate(JsonNode.Parse("""{"dependencies": ["numpy"]}""")).Should().BeEmpty();
    }
}
