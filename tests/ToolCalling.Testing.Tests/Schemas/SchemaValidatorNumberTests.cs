using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>
/// Numbers at the edges of what the validator library reads, in a schema or in a value: each is either checked or
/// refused with its path and what to change, never an exception from inside the library.
/// </summary>
public class SchemaValidatorNumberTests
{
    private static readonly string Digits100 = new('9', 100);

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public void For_MultipleOfNotAboveZero_IsRefusedAtTheKeyword(string multipleOf)
    {
        var load = () => SchemaValidator.For(Price("multipleOf", multipleOf));

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().Be(
            $"The schema cannot be used: at $.properties.price.multipleOf, \"multipleOf\" must be greater than 0, but it is {multipleOf}. " +
            "Use the step between allowed values, such as 1 for whole numbers or 0.01 for amounts in cents.");
    }

    [Theory]
    [InlineData("1e-320")]
    [InlineData("1e-30")]
    public void For_MultipleOfTooSmallToRepresent_IsRefusedInsteadOfDividingByZero(string multipleOf)
    {
        var load = () => SchemaValidator.For(Price("multipleOf", multipleOf));

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().Be(
            $"The schema cannot be used: at $.properties.price.multipleOf, \"multipleOf\" is {multipleOf}, smaller than the smallest step the validator " +
            "can represent (1e-28). Use a step of at least 1e-28, or leave \"multipleOf\" out: a step this small allows almost any number anyway.");
    }

    [Theory]
    [InlineData("minimum", "1e400")]
    [InlineData("maximum", "-1e400")]
    [InlineData("exclusiveMaximum", "9999999999999999999999999999999999999999")]
    public void For_BoundBeyondTheValidatorsRange_IsRefusedAtTheKeyword(string keyword, string bound)
    {
        var load = () => SchemaValidator.For(Price(keyword, bound));

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().Be(
            $"The schema cannot be used: at $.properties.price.{keyword}, \"{keyword}\" is {bound}, beyond the largest number the validator can " +
            $"compare (about 7.9e28 either side of 0). Use a limit within that range, or leave \"{keyword}\" out if any number will do.");
    }

    [Fact]
    public void For_BoundWithAHundredDigits_IsRefusedWithItsDigitsCut()
    {
        var load = () => SchemaValidator.For(Price("maximum", Digits100));

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should()
            .StartWith("The schema cannot be used: at $.properties.price.maximum, \"maximum\" is 9999999999").And.Contain("beyond the largest number");
    }

    [Theory]
    [InlineData("minLength", "1.5", "\"minLength\" must be a whole number of 0 or more, but it is 1.5")]
    [InlineData("maxLength", "-1", "\"maxLength\" must be a whole number of 0 or more, but it is -1")]
    [InlineData("minLength", "1e20", "\"minLength\" is 1e20, more than the validator can count to (2147483647)")]
    [InlineData("maxItems", "3000000000", "\"maxItems\" is 3000000000, more than the validator can count to (2147483647)")]
    public void For_CountTheValidatorCannotUse_IsRefusedAtTheKeyword(string keyword, string count, string problem)
    {
        var load = () => SchemaValidator.For(JsonNode.Parse($"{{\"type\": \"object\", \"properties\": {{\"tags\": {{\"{keyword}\": {count}}}}}}}")!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should()
            .StartWith($"The schema cannot be used: at $.properties.tags.{keyword}, {problem}. ");
    }

    [Fact]
    public void For_CountWrittenWithADecimalPoint_CountsAsThatWholeNumber()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "object", "properties": {"code": {"type": "string", "minLength": 2.0, "maxLength": 3.0}}}""")!);

        validator.Validate(JsonNode.Parse("""{"code": "ab"}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"code": "a"}""")).Should().Equal(new SchemaViolation("$.code", "the string is shorter than minLength"));
    }

    [Theory]
    [InlineData("""{"type": "integer", "maximum": 10}""")]
    [InlineData("""{"type": "number", "multipleOf": 0.5}""")]
    [InlineData("""{}""")]
    public void Validate_IntegerBeyondTheValidatorsRange_IsAViolationInsteadOfAnException(string property)
    {
        var validator = SchemaValidator.For(JsonNode.Parse($$$"""{"type": "object", "properties": {"id": {{{property}}}}}""")!);

        var violations = validator.Validate(JsonNode.Parse($$"""{"id": {{Digits100}}}"""));

        violations.Should().ContainSingle().Which.Should().Be(new SchemaViolation("$.id",
            "the integer 9999999999999999999999999999999999999999… (100 digits) is beyond what the validator can check " +
            "(-9223372036854775808 to 9223372036854775807), so the value was not checked; if it is an identifier rather than a quantity, declare it as a string"));
    }

    [Fact]
    public void Validate_IntegerJustBeyondALong_IsAViolationNamingItWhole()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "array", "items": {"type": "integer"}}""")!);

        var violations = validator.Validate(JsonNode.Parse("[1, 9223372036854775808]"));

        violations.Should().ContainSingle().Which.Message.Should().StartWith("the integer 9223372036854775808 is beyond what the validator can check");
        violations[0].Path.Should().Be("$[1]");
    }

    [Theory]
    [InlineData("1e400", "the number is above the maximum")]
    [InlineData("-1e400", "the number is below the minimum")]
    public void Validate_NumberTooLargeForADouble_IsComparedAsInfinite(string number, string message)
    {
        var validator = SchemaValidator.For(Price("minimum", "0", ("maximum", "100")));

        validator.Validate(JsonNode.Parse($$"""{"price": {{number}}}""")).Should().Equal(new SchemaViolation("$.price", message));
    }

    [Fact]
    public void For_MultipleOfZeroForItemsBeyondATuple_IsRefusedAtTheKeyword()
    {
        var load = () => SchemaValidator.For(JsonNode.Parse("""{"type": "array", "items": [{}], "additionalItems": {"multipleOf": 0}}""")!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should()
            .StartWith("The schema cannot be used: at $.additionalItems.multipleOf, \"multipleOf\" must be greater than 0, but it is 0.");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Validate_NumberJsonCannotWrite_IsAViolationAtIt(double number)
    {
        var validator = SchemaValidator.For(Price("minimum", "0"));

        var violations = validator.Validate(new JsonObject { ["items"] = new JsonArray(1, 2), ["price"] = JsonValue.Create(number) });

        violations.Should().Equal(new SchemaViolation("$.price",
            "this number is NaN or infinite, which JSON cannot write, so the value was not checked; compute a finite number, or leave the property out"));
    }

    private static JsonNode Price(string keyword, string value, params (string Keyword, string Value)[] more)
    {
        var keywords = string.Concat(more.Select(extra => $", \"{extra.Keyword}\": {extra.Value}"));
        return JsonNode.Parse($"{{\"type\": \"object\", \"properties\": {{\"price\": {{\"type\": \"number\", \"{keyword}\": {value}{keywords}}}}}}}")!;
    }
}
