using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>References between definitions, spelled either way JSON Schema allows, check values as written.</summary>
public class SchemaValidatorReferenceTests
{
    [Theory]
    [InlineData("$defs")]
    [InlineData("definitions")]
    public void Validate_ReferenceFromOneDefinitionToAnother_FollowsTheChain(string keyword)
    {
        var schema = JsonNode.Parse($$$"""
            {
              "type": "object",
              "properties": {"max_price": {"$ref": "#/{{{keyword}}}/price", "description": "The highest price"}},
              "{{{keyword}}}": {"price": {"$ref": "#/{{{keyword}}}/amount"}, "amount": {"type": "number", "minimum": 0}}
            }
            """)!;

        var validator = SchemaValidator.For(schema);

        validator.Validate(JsonNode.Parse("""{"max_price": 49.99}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"max_price": "cheap"}""")).Should().NotBeEmpty();
        validator.Validate(JsonNode.Parse("""{"max_price": -1}""")).Should().NotBeEmpty();
    }

    [Fact]
    public void For_SchemaWithDefs_LeavesTheCallersSchemaAsItWas()
    {
        var schema = JsonNode.Parse("""{"type": "object", "properties": {"a": {"$ref": "#/$defs/a"}}, "$defs": {"a": {"type": "string"}}}""")!;
        var before = schema.ToJsonString();

        SchemaValidator.For(schema);

        schema.ToJsonString().Should().Be(before);
    }
}
