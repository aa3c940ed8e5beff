namespace ToolCalling.Testing.Tests.Json;

/// <summary>Each common way of writing almost-JSON gets a message that names the mistake and its place.</summary>
public class JsonInputSyntaxTests
{
    private static JsonInputException ParseFails(string text)
    {
        var parse = () => JsonInput.Parse(text, "tool.json");
        return parse.Should().Throw<JsonInputException>().Which;
    }

    [Fact]
    public void Parse_LineComment_SaysCommentsAreNotAllowed()
    {
        var error = ParseFails("{\n  // the tool\n  \"type\": \"function\"\n}");

        error.Reason.Should().Be("comments are not allowed in JSON; remove the comment");
        (error.Line, error.Column).Should().Be((2, 3));
    }

    [Fact]
    public void Parse_BlockComment_SaysCommentsAreNotAllowed() =>
        ParseFails("""{"a": /* one */ 1}""").Reason.Should().StartWith("comments are not allowed");

    [Fact]
    public void Parse_TrailingCommaInObject_PointsAtTheComma()
    {
        var error = ParseFails("{\n  \"a\": 1,\n}");

        error.Reason.Should().Be("a comma before '}' has nothing after it; JSON allows no trailing comma, so remove it");
        (error.Line, error.Column).Should().Be((2, 9));
    }

    [Fact]
    public void Parse_TrailingCommaInArray_PointsAtTheComma() =>
        ParseFails("""{"enum": ["books", "home",]}""").Column.Should().Be(26);

    [Fact]
    public void Parse_SingleQuotes_AsksForDoubleQuotes() =>
        ParseFails("{'type': 'function'}").Reason.Should().Be("names and strings need double quotes (\"); single quotes are not JSON");

    [Fact]
    public void Parse_UnquotedPropertyName_ShowsTheQuotedName() =>
        ParseFails("{type: \"function\"}").Reason.Should().Be("property names need double quotes: write \"type\" instead of type");

    [Theory]
    [InlineData("""{"strict": True}""", "True is Python; JSON writes true in lower case")]
    [InlineData("""{"strict": False}""", "False is Python; JSON writes false in lower case")]
    [InlineData("""{"default": None}""", "None is Python; JSON writes null")]
    [InlineData("""{"strict": tru}""", "'tru' is not a JSON value; did you mean true?")]
    [InlineData("""{"type": string}""", "'string' is not a JSON value; text values need double quotes (\"string\")")]
    public void Parse_BareWords_ExplainWhatJsonExpects(string text, string reason)
    {
        var error = ParseFails(text);

        error.Reason.Should().Be(reason);
        error.Column.Should().Be(text.IndexOf(": ", StringComparison.Ordinal) + 3);
    }

    [Fact]
    public void Parse_MissingComma_SaysACommaIsMissing()
    {
        var error = ParseFails("{\"a\": 1\n \"b\": 2}");

        error.Reason.Should().StartWith("a ',' is missing before '\"'");
        (error.Line, error.Column).Should().Be((2, 2));
    }

    [Fact]
    public void Parse_MissingColon_SaysAColonIsMissing() =>
        ParseFails("""{"a" 1}""").Reason.Should().StartWith("a ':' is missing between the property name and its value");

    [Fact]
    public void Parse_LineBreakInsideString_AsksForAnEscape() =>
        ParseFails("{\"description\": \"two\nlines\"}").Reason.Should().Be("a string contains a raw line break; write it as an escape such as \\n or \\t");

    [Fact]
    public void Parse_NulCharacter_SaysItLooksBinary() =>
        ParseFails("{\"a\": \0}").Reason.Should().Contain("NUL byte");

    [Fact]
    public void Parse_LeadingZero_ExplainsTheNumberRule() =>
        ParseFails("""{"max_price": 007}""").Reason.Should().StartWith("a number cannot start with 0");

    [Fact]
    public void Parse_BadEscape_ExplainsHowToWriteABackslash() =>
        ParseFails("""{"pattern": "\d+"}""").Reason.Should().Contain("double it (\\\\)");

    [Fact]
    public void Parse_SyntaxErrorInsideNestedValue_GivesTheJsonPath() =>
        ParseFails("""{"function": {"parameters": {"properties": [1 2]}}}""").JsonPath.Should().Be("$.function.parameters.properties[1]");

    [Fact]
    public void Parse_Error_MessageHasNoReaderJargon() =>
        ParseFails("""{"a": 1,}""").Message.Should().NotContainAny("LineNumber", "BytePositionInLine", "reader options");
}
