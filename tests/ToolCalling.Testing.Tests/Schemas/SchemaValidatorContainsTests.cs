using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>"contains" asks for items that match its schema: at least one, or between "minContains" and "maxContains".</summary>
public class SchemaValidatorContainsTests
{
    private static SchemaValidator Validator(string extra = "") =>
        SchemaValidator.For(JsonNode.Parse($$"""{"type": "array", "items": {"type": "string"}, "contains": {"enum": ["urgent"]}{{extra}}}""")!);

    [Theory]
    [InlineData("""["urgent"]""")]
    [InlineData("""["later", "urgent"]""")]
    [InlineData("""["urgent", "urgent"]""")]
    public void Validate_ArrayWithAMatchingItem_IsAccepted(string value) =>
        Validator().Validate(JsonNode.Parse(value)).Should().BeEmpty();

    [Theory]
    [InlineData("""["later"]""")]
    [InlineData("""[]""")]
    public void Validate_ArrayWithoutAMatchingItem_IsAViolationAtTheArray(string value) =>
        Validator().Validate(JsonNode.Parse(value)).Should().Equal(new SchemaViolation("$", "no item of the array matches \"contains\""));

    [Fact]
    public void Validate_FewerMatchesThanMinContains_SaysHowMany() =>
        Validator(", \"minContains\": 2").Validate(JsonNode.Parse("""["urgent", "later"]""")).Should().Equal(
            new SchemaViolation("$", "only 1 item of the array matches \"contains\", fewer than minContains (2)"));

    [Fact]
    public void Validate_MoreMatchesThanMaxContains_SaysHowMany() =>
        Validator(", \"maxContains\": 1").Validate(JsonNode.Parse("""["urgent", "urgent"]""")).Should().Equal(
            new SchemaViolation("$", "2 items of the array match \"contains\", more than maxContains (1)"));

    [Fact]
    public void Validate_MinContainsZero_AcceptsAnArrayWithoutAMatch() =>
        Validator(", \"minContains\": 0, \"maxContains\": 1").Validate(JsonNode.Parse("""["later"]""")).Should().BeEmpty();

    [Fact]
    public void Validate_ValueThatIsNotAnArray_IsLeftToTheType() =>
        SchemaValidator.For(JsonNode.Parse("""{"contains": {"const": 1}}""")!).Validate(JsonNode.Parse("\"text\"")).Should().BeEmpty();

    [Fact]
    public void Validate_ContainsInsideAnyOf_DecidesWhichBranchMatches()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""
            {"anyOf": [{"type": "array", "contains": {"const": 1}}, {"type": "array", "contains": {"const": 2}}]}
            """)!);

        validator.Validate(JsonNode.Parse("[2]")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("[3]")).Should().NotBeEmpty("neither branch finds its item");
    }

    [Fact]
    public void Validate_ContainsThroughAReference_UsesTheDefinition()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""
            {
              "type": "object",
              "properties": {"tags": {"type": "array", "contains": {"$ref": "#/$defs/urgent"}}},
              "$defs": {"urgent": {"const": "urgent"}}
            }
            """)!);

        validator.Validate(JsonNode.Parse("""{"tags": ["urgent"]}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"tags": ["later"]}""")).Should().Equal(new SchemaViolation("$.tags", "no item of the array matches \"contains\""));
    }

    [Theory]
    [InlineData("\"contains\": true", "$.contains", "\"contains\" must be a schema object for the validator, but it is true. Write {} instead: the schema that allows anything.")]
    [InlineData("\"contains\": {}, \"minContains\": -1", "$.minContains", "\"minContains\" must be a whole number of 0 or more, but it is -1")]
    [InlineData("\"contains\": {}, \"maxContains\": \"2\"", "$.maxContains", "\"maxContains\" must be a whole number of 0 or more, but it is a string")]
    public void For_ContainsOfTheWrongShape_IsRefusedAtTheKeyword(string keywords, string path, string problem)
    {
        var load = () => SchemaValidator.For(JsonNode.Parse($$"""{"type": "array", {{keywords}}}""")!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().StartWith($"The schema cannot be used: at {path}, {problem}");
    }

    [Fact]
    public void For_SchemaWithContains_LeavesTheCallersSchemaAsItWas()
    {
        var schema = JsonNode.Parse("""{"type": "array", "contains": {"const": 1}, "minContains": 2.0}""")!;

        SchemaValidator.For(schema);

        schema.ToJsonString().Should().Be("""{"type":"array","contains":{"const":1},"minContains":2.0}""");
    }
}
