using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>
/// JSON Schema compares values by what they mean, not how they are written: 2.0 is the integer 2, two objects with the
/// same properties in another order are equal, and a string's length is counted in Unicode characters.
/// </summary>
public class SchemaValidatorValueEqualityTests
{
    [Theory]
    [InlineData("""{"type": "integer"}""", "2.0")]
    [InlineData("""{"type": ["integer", "null"]}""", "2.0")]
    [InlineData("""{"type": "integer", "minimum": 1, "maximum": 5}""", "5.0")]
    [InlineData("""{"anyOf": [{"type": "integer"}, {"type": "string"}]}""", "-3.0")]
    [InlineData("""{"type": "object", "properties": {"limit": {"type": "integer"}}}""", """{"limit": 10.0}""")]
    public void Validate_WholeNumberWrittenWithAFraction_IsAnInteger(string schema, string value) =>
        Violations(schema, value).Should().BeEmpty();

    [Theory]
    [InlineData("2.5", "$: expected an integer")]
    [InlineData("0.0", "$: the number is below the minimum")]
    public void Validate_IntegerSchema_StillRejectsFractionsAndChecksBounds(string value, string violation) =>
        Violations("""{"type": "integer", "minimum": 1}""", value).Should().Equal(violation);

    [Theory]
    [InlineData("""{"enum": [{"a": 1, "b": 2}]}""")]
    [InlineData("""{"const": {"a": 1, "b": 2}}""")]
    [InlineData("""{"enum": [[{"a": 1, "b": 2}]]}""", true)]
    public void Validate_ObjectWithItsPropertiesInAnotherOrder_MatchesEnumAndConst(string schema, bool inArray = false) =>
        Violations(schema, inArray ? """[{"b": 2, "a": 1}]""" : """{"b": 2, "a": 1}""").Should().BeEmpty();

    [Fact]
    public void Validate_ObjectThatDiffersInOneValue_StillFailsEnum() =>
        Violations("""{"enum": [{"a": 1, "b": 2}]}""", """{"b": 3, "a": 1}""").Should().Equal("$: the value is not one of the allowed values (enum)");

    [Fact]
    public void Validate_NotOfAnEnumTheObjectMatchesInAnotherOrder_IsAViolation() =>
        // The corrected verdict counts inside "not": the value is in the enum, so "not" fails.
        Violations("""{"not": {"enum": [{"a": 1, "b": 2}]}}""", """{"b": 2, "a": 1}""").Should().ContainSingle();

    [Theory]
    [InlineData("""[{"a": 1, "b": 2}, {"b": 2, "a": 1}]""")]
    [InlineData("""[1, 1.0]""")]
    [InlineData("""[[{"x": null, "y": true}], [{"y": true, "x": null}]]""")]
    public void Validate_UniqueItemsWithEqualItemsWrittenDifferently_IsAViolation(string value) =>
        Violations("""{"uniqueItems": true}""", value).Should().Equal("$: the array holds the same item more than once (uniqueItems)");

    [Fact]
    public void Validate_UniqueItemsWithDistinctObjects_IsAccepted() =>
        Violations("""{"uniqueItems": true}""", """[{"a": 1, "b": 2}, {"a": 2, "b": 1}, {"a": 1}]""").Should().BeEmpty();

    [Theory]
    [InlineData("""{"type": "string", "maxLength": 2}""", "\"😀😀\"")]
    [InlineData("""{"type": "string", "minLength": 2, "maxLength": 2}""", "\"日本\"")]
    public void Validate_StringLength_CountsAnEmojiAsOneCharacter(string schema, string value) =>
        Violations(schema, value).Should().BeEmpty();

    [Fact]
    public void Validate_StringOfTwoEmojis_IsShorterThanMinLengthThree() =>
        Violations("""{"type": "string", "minLength": 3}""", "\"😀😀\"").Should().Equal("$: the string is shorter than minLength");

    [Fact]
    public void Validate_StringLongerInCharacters_IsStillTooLong() =>
        Violations("""{"type": "string", "maxLength": 2}""", "\"😀😀😀\"").Should().Equal("$: the string is longer than maxLength");

    private static IEnumerable<string> Violations(string schema, string value) =>
        SchemaValidator.For(JsonNode.Parse(schema)!).Validate(JsonNode.Parse(value)).Select(violation => violation.ToString());
}
