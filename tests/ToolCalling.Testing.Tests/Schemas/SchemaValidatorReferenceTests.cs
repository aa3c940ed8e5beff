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

    [Theory]
    [InlineData("#/definitions/a~1b~0c", "a/b~c")]
    [InlineData("#/definitions/a%2Fb", "a/b")]
    [InlineData("#/definitions/a%7E1b", "a/b")]
    [InlineData("#/definitions/max%20price", "max price")]
    [InlineData("#/definitions/%E2%82%AC", "€")]
    [InlineData("#/$defs/a~1b", "a/b")]
    [InlineData("#/%24defs/a~1b", "a/b")]
    public void Validate_ReferenceWithEscapes_FindsTheDefinitionItNames(string reference, string name)
    {
        var keyword = reference.Contains("defs/", StringComparison.Ordinal) && !reference.Contains("definitions", StringComparison.Ordinal) ? "$defs" : "definitions";
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["amount"] = new JsonObject { ["$ref"] = reference } },
            [keyword] = new JsonObject { [name] = new JsonObject { ["type"] = "integer" }, ["decoy"] = new JsonObject { ["type"] = "string" } },
        };

        var validator = SchemaValidator.For(schema);

        validator.Validate(JsonNode.Parse("""{"amount": 3}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"amount": "3"}""")).Should().Equal(new SchemaViolation("$.amount", "expected an integer"));
    }

    [Fact]
    public void Validate_SchemaWithBothDefsAndDefinitions_FollowsEachReferenceToItsOwnKeyword()
    {
        var schema = JsonNode.Parse("""
            {
              "type": "object",
              "properties": {"a": {"$ref": "#/$defs/shared"}, "b": {"$ref": "#/definitions/shared"}},
              "$defs": {"shared": {"type": "integer"}},
              "definitions": {"shared": {"type": "string"}}
            }
            """)!;

        var validator = SchemaValidator.For(schema);

        validator.Validate(JsonNode.Parse("""{"a": 1, "b": "x"}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"a": "x", "b": 1}""")).Should().Equal(
            new SchemaViolation("$.a", "expected an integer"), new SchemaViolation("$.b", "expected a string"));
    }

    [Theory]
    [InlineData("#/definitions/missing", "\"$ref\": \"#/definitions/missing\" leads nowhere: \"missing\" is not found under \"#/definitions\"")]
    [InlineData("#/", "\"$ref\": \"#/\" leads nowhere: \"\" is not found under \"#\"")]
    [InlineData("#price", "\"$ref\": \"#price\" is not a JSON pointer; write it as \"#/$defs/name\"")]
    [InlineData("https://example.com/price.json", "\"$ref\": \"https://example.com/price.json\" points outside this schema")]
    public void For_ReferenceThatLeadsNowhere_IsRefusedAtTheReference(string reference, string problem)
    {
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["price"] = new JsonObject { ["$ref"] = reference } },
            ["definitions"] = new JsonObject { ["amount"] = new JsonObject { ["type"] = "number" } },
        };

        var load = () => SchemaValidator.For(schema);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().StartWith($"The schema cannot be used: at $.properties.price['$ref'], {problem}");
    }
}
