using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>"prefixItems" describes the first items one by one, and "items" next to it the items after them.</summary>
public class SchemaValidatorPrefixItemsTests
{
    private const string Point = """{"type": "array", "prefixItems": [{"type": "number"}, {"type": "string"}]}""";

    [Fact]
    public void Validate_ItemThatBreaksItsPrefixSchema_IsAViolationAtThatItem()
    {
        var violations = SchemaValidator.For(JsonNode.Parse(Point)!).Validate(JsonNode.Parse("""[1, 2]"""));

        violations.Should().Equal(new SchemaViolation("$[1]", "expected a string"));
    }

    [Theory]
    [InlineData("""[1.5, "km"]""")]
    [InlineData("""[1.5]""")]
    [InlineData("""[]""")]
    [InlineData("""[1.5, "km", true]""")]
    public void Validate_ItemsThatFitTheirPrefixSchemas_AreAccepted(string value) =>
        SchemaValidator.For(JsonNode.Parse(Point)!).Validate(JsonNode.Parse(value)).Should().BeEmpty();

    [Fact]
    public void Validate_ItemsNextToPrefixItems_ChecksOnlyTheItemsAfterThem()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "integer"}}""")!);

        validator.Validate(JsonNode.Parse("""["sum", 1, 2]""")).Should().BeEmpty("the first item is described by prefixItems alone");
        validator.Validate(JsonNode.Parse("""["sum", "two"]""")).Should().Equal(new SchemaViolation("$[1]", "expected an integer"));
    }

    [Fact]
    public void Validate_ItemsFalseAfterPrefixItems_AllowsNoMoreItems()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "array", "prefixItems": [{"type": "string"}], "items": false}""")!);

        validator.Validate(JsonNode.Parse("""["a"]""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""["a", "b"]""")).Should().ContainSingle().Which.Path.Should().Be("$[1]");
    }

    [Fact]
    public void For_ItemsListNextToPrefixItems_IsRefusedAtItems()
    {
        var load = () => SchemaValidator.For(JsonNode.Parse("""{"type": "array", "prefixItems": [{"type": "string"}], "items": [{"type": "string"}]}""")!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().StartWith(
            "The schema cannot be used: at $.items, \"items\" lists schemas next to \"prefixItems\"");
    }

    [Fact]
    public void For_AdditionalItemsNextToPrefixItems_IsRefusedAtAdditionalItems()
    {
        var load = () => SchemaValidator.For(JsonNode.Parse("""{"type": "array", "prefixItems": [{"type": "string"}], "additionalItems": false}""")!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().StartWith(
            "The schema cannot be used: at $.additionalItems, \"additionalItems\" has no meaning next to \"prefixItems\"");
    }

    [Theory]
    [InlineData("""{"type": "string"}""", "$.prefixItems", "\"prefixItems\" must be an array of schemas, but it is an object")]
    [InlineData("""[true]""", "$.prefixItems[0]", "a schema must be an object, but this is a boolean")]
    public void For_PrefixItemsOfTheWrongShape_IsRefusedWhereItIs(string prefixItems, string path, string problem)
    {
        var load = () => SchemaValidator.For(JsonNode.Parse($$"""{"type": "array", "prefixItems": {{prefixItems}}}""")!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().StartWith($"The schema cannot be used: at {path}, {problem}");
    }

    [Fact]
    public void For_SchemaWithPrefixItems_LeavesTheCallersSchemaAsItWas()
    {
        var schema = JsonNode.Parse("""{"type": "array", "prefixItems": [{"type": "string"}], "items": false}""")!;

        SchemaValidator.For(schema);

        schema.ToJsonString().Should().Be("""{"type":"array","prefixItems":[{"type":"string"}],"items":false}""");
    }
}
