using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Json;

public class JsonInputParseTests
{
    private static JsonInputException ParseFails(string text, JsonInputLimits? limits = null)
    {
        var parse = () => JsonInput.Parse(text, "tool.json", limits);
        return parse.Should().Throw<JsonInputException>().Which;
    }

    [Fact]
    public void Parse_ValidObject_ReturnsTheNode()
    {
        var node = JsonInput.Parse("""{"type": "function", "function": {"name": "search_products"}}""", "tool.json");

        node!["function"]!["name"]!.GetValue<string>().Should().Be("search_products");
    }

    [Fact]
    public void Parse_TextStartingWithByteOrderMark_IsAccepted() =>
        JsonInput.Parse("\uFEFF{\"a\": 1}", "tool.json")!["a"]!.GetValue<int>().Should().Be(1);

    [Fact]
    public void Parse_LiteralNull_ReturnsNull() => JsonInput.Parse(" null ", "tool.json").Should().BeNull();

    [Fact]
    public void Parse_TruncatedObject_SaysWhichBraceIsMissingAndWhereTheTextEnds()
    {
        var error = ParseFails("{\n  \"type\": \"function\",\n  \"function\": {\"name\": \"x\"}");

        error.Message.Should().Be(
            "tool.json:3:28: the JSON ends too early; a '}' is missing (the object opened at line 1, column 1 is never closed)");
        (error.Line, error.Column, error.SourceName).Should().Be((3, 28, "tool.json"));
    }

    [Fact]
    public void Parse_TruncatedNestedArray_ListsEveryMissingCloser() =>
        ParseFails("""{"a": [1, 2""").Reason.Should().StartWith("the JSON ends too early; ']}' are missing (the array opened at line 1, column 7");

    [Fact]
    public void Parse_EndsAfterPropertyName_SaysTheValueIsMissing() =>
        ParseFails("""{"name":""").Reason.Should().StartWith("the JSON ends too early, before the value of \"name\"; a '}' is missing");

    [Theory]
    [InlineData("""{"type": "function",""", "a '}' is missing")]
    [InlineData("""[1, 2,  """, "a ']' is missing")]
    public void Parse_EndsAfterAComma_SaysTheJsonEndsTooEarly(string json, string missing) =>
        ParseFails(json).Reason.Should().StartWith($"the JSON ends too early; {missing}");

    [Fact]
    public void Parse_UnterminatedString_PointsAtWhereTheStringStarts() =>
        ParseFails("{\"description\": \"Search the").Reason.Should().Be(
            "the JSON ends inside a string; a closing '\"' is missing (the string starts at line 1, column 17)");

    [Fact]
    public void Parse_TrailingGarbage_IsRejectedAtItsPosition()
    {
        var error = ParseFails("{\"a\": 1}\n{\"b\": 2}");

        error.Reason.Should().StartWith("there is more after the end of the JSON value, starting with '{'");
        (error.Line, error.Column).Should().Be((2, 1));
    }

    [Fact]
    public void Parse_DuplicateKey_NamesTheKeyItsPathAndBothPlaces()
    {
        var error = ParseFails("{\"function\": {\n  \"name\": \"a\",\n  \"name\": \"b\"\n}}");

        error.Reason.Should().StartWith("the key \"name\" appears twice in the same object (first at line 2, column 3)");
        error.JsonPath.Should().Be("$.function.name");
        (error.Line, error.Column).Should().Be((3, 3));
    }

    [Fact]
    public void Parse_DuplicateKeyWrittenWithEscapes_IsStillADuplicate() =>
        ParseFails("""{"name": 1, "n\u0061me": 2}""").Reason.Should().Contain("the key \"name\" appears twice");

    [Fact]
    public void Parse_SameKeyInDifferentObjects_IsAllowed() =>
        JsonInput.Parse("""{"a": {"name": 1}, "b": {"name": 2}, "c": [{"name": 3}, {"name": 4}]}""", "tool.json").Should().NotBeNull();

    [Fact]
    public void Parse_NestingBeyondMaxDepth_NamesTheLimitAndThePath()
    {
        var error = ParseFails("""{"a": [[[1]]]}""", new JsonInputLimits(MaxDepth: 3));

        error.Reason.Should().StartWith("the JSON nests objects and arrays more than 3 levels deep");
        error.JsonPath.Should().Be("$.a[0][0]");
    }

    [Fact]
    public void Parse_NestingAtExactlyMaxDepth_IsAccepted() =>
        JsonInput.Parse("""{"a": [[1]]}""", "tool.json", new JsonInputLimits(MaxDepth: 3)).Should().NotBeNull();

    [Fact]
    public void Parse_DefaultLimit_RejectsSixtyFiveLevels() =>
        ParseFails(new string('[', 65) + new string(']', 65)).Reason.Should().Contain("more than 64 levels deep");

    [Fact]
    public void Parse_TextOverMaxBytes_IsRejectedWithBothSizes() =>
        ParseFails($"\"{new string('x', 2000)}\"", new JsonInputLimits(MaxBytes: 1024)).Reason.Should().StartWith("it is at least 2 KiB, over the limit of 1 KiB");

    [Fact]
    public void Parse_MultibyteTextOverMaxBytes_CountsBytesNotCharacters() =>
        ParseFails($"\"{new string('é', 600)}\"", new JsonInputLimits(MaxBytes: 1024)).Reason.Should().StartWith("it is 1.2 KiB, over the limit of 1 KiB");

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    [InlineData("\uFEFF")]
    public void Parse_EmptyText_SaysItIsEmpty(string text) =>
        ParseFails(text).Reason.Should().StartWith("it is empty");

    [Fact]
    public void Parse_LoneSurrogateCharacter_IsRejectedWithItsPosition()
    {
        var error = ParseFails("{\n \"a\": \"\ud83d\"}");

        error.Reason.Should().Contain("lone UTF-16 surrogate");
        (error.Line, error.Column).Should().Be((2, 8));
    }

    [Fact]
    public void Parse_EscapedLoneSurrogate_IsRejectedAtItsPath() =>
        ParseFails("""{"a": "\ud83d"}""").JsonPath.Should().Be("$.a");

    [Fact]
    public void Parse_NullText_IsAnInputErrorNotACrash() =>
        ParseFails(null!).Reason.Should().Contain("no text");
}
