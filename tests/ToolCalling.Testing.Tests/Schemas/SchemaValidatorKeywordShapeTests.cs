using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>A keyword whose value has a shape the validator library cannot read is refused at that keyword, in words, with what to write.</summary>
public class SchemaValidatorKeywordShapeTests
{
    [Theory]
    [InlineData("pattern", "[]", "\"pattern\" must be a string, but it is an array")]
    [InlineData("format", "{}", "\"format\" must be a string, but it is an object")]
    [InlineData("description", "{\"en\": \"Query\"}", "\"description\" must be a string, but it is an object")]
    [InlineData("$ref", "5", "\"$ref\" must be a string such as \"#/$defs/address\", but it is an integer")]
    [InlineData("enum", "\"red\"", "\"enum\" must be an array of the allowed values, but it is a string")]
    [InlineData("required", "{\"a\": 1}", "\"required\" must be an array of property names, but it is an object")]
    [InlineData("required", "[1]", "\"required\" must be an array of property names, but it holds an integer")]
    [InlineData("uniqueItems", "\"yes\"", "\"uniqueItems\" must be true or false, but it is a string")]
    [InlineData("minimum", "\"abc\"", "\"minimum\" must be a number, but it is a string")]
    [InlineData("maximum", "true", "\"maximum\" must be a number, but it is a boolean")]
    [InlineData("minLength", "\"3\"", "\"minLength\" must be a whole number of 0 or more, but it is a string")]
    [InlineData("allOf", "{}", "\"allOf\" must be an array of schemas, but it is an object")]
    [InlineData("not", "[]", "\"not\" must be a schema object, but it is an array")]
    [InlineData("properties", "[]", "\"properties\" must be an object that maps names to schemas, but it is an array")]
    public void For_KeywordOfTheWrongShape_IsRefusedAtTheKeyword(string keyword, string value, string problem)
    {
        var schema = JsonNode.Parse($"{{\"type\": \"object\", \"properties\": {{\"a\": {{\"{keyword}\": {value}}}}}}}")!;

        var load = () => SchemaValidator.For(schema);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should()
            .StartWith($"The schema cannot be used: at {JsonPath.Property("$.properties.a", keyword)}, {problem}. ");
    }

    [Fact]
    public void For_ExclusiveMinimumAsABoolean_StillLoadsAsTheOldDraftMeantIt()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "object", "properties": {"a": {"minimum": 0, "exclusiveMinimum": true}}}""")!);

        validator.Validate(JsonNode.Parse("""{"a": 0}""")).Should().Equal(new SchemaViolation("$.a", "the number is below the minimum"));
    }

    [Fact]
    public void For_PatternWrittenAsANumber_IsRefusedInsteadOfMatchedAsText()
    {
        var load = () => SchemaValidator.For(JsonNode.Parse("""{"type": "string", "pattern": 5}""")!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().Be(
            "The schema cannot be used: at $.pattern, \"pattern\" must be a string, but it is an integer. Write the regular expression as a string, such as \"^[a-z]+$\".");
    }

    [Theory]
    [InlineData("\"strin\"", "\"strin\" is not a JSON Schema type, which the validator would quietly ignore. Did you mean \"string\"?")]
    [InlineData("[\"string\", \"int\"]", "\"int\" is not a JSON Schema type, which the validator would quietly ignore. Did you mean \"integer\"?")]
    [InlineData("5", "\"type\" must be a type name such as \"string\", or a list of them, but it is an integer. The type names are string, number, integer, boolean, object, array, null.")]
    [InlineData("[]", "\"type\" must be a type name such as \"string\", or a list of them, but it is an empty list. The type names are string, number, integer, boolean, object, array, null.")]
    public void For_TypeTheValidatorWouldIgnore_IsRefusedWithTheNameToUse(string type, string problem)
    {
        var load = () => SchemaValidator.For(JsonNode.Parse($"{{\"type\": \"object\", \"properties\": {{\"unit\": {{\"type\": {type}}}}}}}")!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().Be($"The schema cannot be used: at $.properties.unit.type, {problem}");
    }

    [Fact]
    public void For_TypeListedTwice_StillChecksThatType()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": ["string", "string"]}""")!);

        validator.Validate(JsonNode.Parse("\"celsius\"")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("1")).Should().NotBeEmpty();
    }
}
