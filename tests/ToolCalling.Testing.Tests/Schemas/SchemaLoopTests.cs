using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>
/// A loop of "$ref", allOf, anyOf and the like that never goes into the value would make NJsonSchema recurse until the
/// process dies, so these tests only ever load such schemas: the loop must be refused before anything is validated.
/// </summary>
public class SchemaLoopTests
{
    private const string Parameters = "$.function.parameters";

    public static TheoryData<string, string, string> Loops() => new()
    {
        { """{"type": "object", "allOf": [{"$ref": "#"}]}""", "$.allOf[0]['$ref']", "$" },
        { """{"type": "object", "anyOf": [{"type": "object"}, {"$ref": "#"}]}""", "$.anyOf[1]['$ref']", "$" },
        { """{"type": "object", "oneOf": [{"$ref": "#"}]}""", "$.oneOf[0]['$ref']", "$" },
        { """{"type": "object", "not": {"not": {"$ref": "#"}}}""", "$.not.not['$ref']", "$" },
        { """{"type": "object", "if": {"$ref": "#"}}""", "$.if['$ref']", "$" },
        { """{"type": "object", "if": {"required": ["a"]}, "then": {"$ref": "#"}, "else": true}""", "$.then['$ref']", "$" },
        { """{"type": "object", "dependentSchemas": {"a": {"$ref": "#"}}}""", "$.dependentSchemas.a['$ref']", "$" },
        {
            """{"type": "object", "properties": {"a": {"$ref": "#/$defs/first"}}, "$defs": {"first": {"allOf": [{"$ref": "#/$defs/second"}]}, "second": {"anyOf": [{"$ref": "#/$defs/first"}]}}}""",
            "$['$defs'].second.anyOf[0]['$ref']", "$['$defs'].first"
        },
        {
            """{"type": "object", "properties": {"a": {"$ref": "#/definitions/item"}}, "definitions": {"item": {"oneOf": [{"type": "string"}, {"$ref": "#/definitions/item"}]}}}""",
            "$.definitions.item.oneOf[1]['$ref']", "$.definitions.item"
        },
        { """{"type": "object", "properties": {"a": {"$ref": "#/properties/a"}}}""", "$.properties.a['$ref']", "$.properties.a" },
    };

    [Theory]
    [MemberData(nameof(Loops))]
    public void For_LoopThatNeverGoesIntoTheValue_IsRefusedAtTheReferenceThatClosesIt(string schema, string reference, string target)
    {
        var load = () => SchemaValidator.For(JsonNode.Parse(schema)!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().Be(
            $"The schema cannot be used: at {reference}, this \"$ref\" leads back to {target} without going into the value, " +
            "so checking a value against it never ends. Remove the loop. A schema may point back at itself only from inside a keyword " +
            "that checks a part of the value, such as \"properties\" or \"items\": {\"type\": \"array\", \"items\": {\"$ref\": \"#\"}}.");
    }

    public static TheoryData<string, string, string> RecursionIntoTheValue() => new()
    {
        { """{"type": "object", "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#"}}}}""", """{"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}""", """{"children": [{"children": [{"name": 3}]}]}""" },
        { """{"type": "object", "properties": {"n": {"type": "number"}}, "additionalProperties": {"$ref": "#"}}""", """{"a": {"b": {"n": 1}}}""", """{"a": {"b": {"n": "1"}}}""" },
        { """{"type": "object", "properties": {"n": {"type": "number"}}, "patternProperties": {"^x": {"allOf": [{"$ref": "#"}]}}}""", """{"x1": {"x2": {"n": 1}}}""", """{"x1": {"x2": {"n": "1"}}}""" },
        { """{"type": ["array", "number"], "items": {"anyOf": [{"$ref": "#"}]}}""", "[1, [2, [3]]]", """[1, [2, ["3"]]]""" },
    };

    [Theory]
    [MemberData(nameof(RecursionIntoTheValue))]
    public void Validate_SchemaThatRefersToItselfForAPartOfTheValue_StillWorks(string schema, string valid, string invalid)
    {
        var validator = SchemaValidator.For(JsonNode.Parse(schema)!);

        validator.Validate(JsonNode.Parse(valid)).Should().BeEmpty();
        validator.Validate(JsonNode.Parse(invalid)).Should().NotBeEmpty();
    }

    [Fact]
    public void For_LongChainOfReferences_IsRefusedAtItsStart()
    {
        var definitions = new JsonObject();
        for (var index = 0; index < 100; index++)
        {
            definitions[$"d{index}"] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = $"#/definitions/d{index + 1}" }) };
        }

        definitions["d100"] = new JsonObject { ["type"] = "string" };
        var schema = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["$ref"] = "#/definitions/d0" } }, ["definitions"] = definitions };

        var load = () => SchemaValidator.For(schema);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should()
            .StartWith("The schema cannot be used: at $.properties.a, from here, 202 schemas in a row check the same value").And
            .Contain("a validator follows at most 64");
    }

    [Fact]
    public void Validate_ToolWhoseAllOfRefersToTheWholeSchema_IsAnErrorAtTheReference()
    {
        var tool = SampleTools.SearchProducts();
        tool.Parameters()["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#" });

        var error = tool.SingleError();

        error.Path.Should().Be($"{Parameters}.allOf[0]['$ref']");
        error.Message.Should().Be($"this \"$ref\" leads back to {Parameters} without going into the value, so checking a value against it never ends");
        error.Hint.Should().StartWith("Remove the loop.");
    }

    [Fact]
    public void Validate_ToolWithLoopThroughDefinitions_NamesWhereTheLoopCloses()
    {
        var tool = SampleTools.SearchProducts();
        tool.Parameters()["$defs"] = JsonNode.Parse("""{"price": {"description": "A price", "anyOf": [{"type": "number"}, {"$ref": "#/properties/max_price"}]}}""");
        tool.Property("max_price")["$ref"] = "#/$defs/price";

        var error = tool.SingleError();

        error.Path.Should().Be($"{Parameters}['$defs'].price.anyOf[1]['$ref']");
        error.Message.Should().StartWith($"this \"$ref\" leads back to {Parameters}.properties.max_price without going into the value");
    }

    [Fact]
    public void Validate_ToolWithRecursionThroughItems_HasNoProblems()
    {
        var tool = SampleTools.SearchProducts();
        tool.Parameters()["properties"]!["alternatives"] = JsonNode.Parse(
            """{"type": "array", "description": "Other searches to try", "items": {"$ref": "#"}}""");

        ToolDefinitionValidator.Validate(tool).Should().BeEmpty();
    }
}
