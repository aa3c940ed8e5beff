using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Hints;

public class JsonResultHintsTests
{
    [Fact]
    public void WhenNotJson_ErrorWrittenAsPlainText_SaysTheResultIsNotJson()
    {
        JsonResultHints.WhenNotJson("Error: Unknown city: Toky").Should().Be(CommonMistakes.ResultNotJson);
    }

    [Theory]
    [InlineData("""{"error": "Unknown city: Toky"}""")]
    [InlineData("""{"message": "Unknown city: Toky"}""")]
    [InlineData("\"Error: Unknown city: Toky\"")]
    [InlineData(null)]
    public void WhenNotJson_JsonOfAnyShapeOrNoResult_GivesNoHint(string? content)
    {
        JsonResultHints.WhenNotJson(content).Should().BeNull();
    }

    [Theory]
    [InlineData("""{"name": "Grace"}""")]
    [InlineData("""[{"order_id": "ORD-1"}]""")]
    public void WhenSerializedTwice_JsonTextSerializedAgain_SaysTheResultWasSerializedTwice(string json)
    {
        var expected = JsonNode.Parse(json);
        var found = JsonNode.Parse(JsonSerializer.Serialize(JsonSerializer.Serialize(expected)));

        JsonResultHints.WhenSerializedTwice(expected, found).Should().Be(CommonMistakes.ResultSerializedTwice);
    }

    [Theory]
    [InlineData("""{"name": "Grace"}""", "\"Grace\"")]
    [InlineData("""{"name": "Grace"}""", "\"42\"")]
    [InlineData("""{"name": "Grace"}""", """{"name": "Ada"}""")]
    [InlineData("\"{\\\"a\\\": 1}\"", "\"{\\\"a\\\": 1}\"")]
    public void WhenSerializedTwice_NoJsonTextInAStringWhereAContainerWasDue_GivesNoHint(string expected, string found)
    {
        JsonResultHints.WhenSerializedTwice(JsonNode.Parse(expected), JsonNode.Parse(found)).Should().BeNull();
    }

    [Fact]
    public void WhenSerializedTwice_TextSerializedTwice_SaysTheResultWasSerializedTwice()
    {
        var expected = JsonValue.Create("Sunny, 24°C");
        var found = JsonNode.Parse(JsonSerializer.Serialize(JsonSerializer.Serialize(expected)));

        JsonResultHints.WhenSerializedTwice(expected, found).Should().Be(CommonMistakes.ResultSerializedTwice);
    }

    [Theory]
    [InlineData("\"Sunny\"", "\"\\\"Rainy\\\"\"")]
    [InlineData("42", "\"42\"")]
    [InlineData("true", "\"true\"")]
    public void WhenSerializedTwice_TextOfAnotherValueOrDigitsThatToStringGivesToo_GivesNoHint(string expected, string found)
    {
        JsonResultHints.WhenSerializedTwice(JsonNode.Parse(expected), JsonNode.Parse(found)).Should().BeNull();
    }

    [Theory]
    [InlineData("""{"city": "Paris", "sunny": true}""", "\"{ city = Paris, sunny = True }\"")]
    [InlineData("[1, 2]", "\"System.Collections.Generic.List`1[System.Int32]\"")]
    [InlineData("true", "\"True\"")]
    [InlineData("42", "\"42\"")]
    public void WhenTurnedIntoText_TextWhereAnotherKindWasDue_SaysTheResultIsNotJson(string expected, string found)
    {
        JsonResultHints.WhenTurnedIntoText(JsonNode.Parse(expected), JsonNode.Parse(found)).Should().Be(CommonMistakes.ResultNotJson);
    }

    [Theory]
    [InlineData("\"Sunny\"", "\"Rainy\"")]
    [InlineData("""{"city": "Paris"}""", """{"city": "Rome"}""")]
    [InlineData("42", "43")]
    [InlineData("null", "\"null\"")]
    public void WhenTurnedIntoText_TextWhereTextOrNullWasDueOrNoTextAtAll_GivesNoHint(string expected, string found)
    {
        JsonResultHints.WhenTurnedIntoText(JsonNode.Parse(expected), JsonNode.Parse(found)).Should().BeNull();
    }
}
