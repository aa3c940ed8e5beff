using System.Text;

namespace ToolCalling.Testing.Tests.Json;

/// <summary>A problem found at a JSON path can be shown on the line of the file where that value is written.</summary>
public class JsonLinesTests
{
    private const string Tool = """
        {
          "type": "function",
          "function": {
            "name": "search_products",
            "parameters": {
              "type": "object",
              "properties": {
                "max.price": {"type": "number", "multipleOf": 0},
                "tags": {
                  "type": "array",
                  "items": [{"type": "string"},
                            {"type": "integer"}]
                }
              },
              "required": ["query"]
            }
          }
        }
        """;

    private static readonly JsonLines Lines = JsonLines.Of(Encoding.UTF8.GetBytes(Tool));

    [Theory]
    [InlineData("$", 1)]
    [InlineData("$.type", 2)]
    [InlineData("$.function.name", 4)]
    [InlineData("$.function.parameters.properties['max.price'].multipleOf", 8)]
    [InlineData("$.function.parameters.properties.tags.items[1]", 12)]
    [InlineData("$.function.parameters.properties.tags.items[1].type", 12)]
    [InlineData("$.function.parameters.required[0]", 15)]
    public void LineOf_ValueInTheFile_IsTheLineItStartsOn(string path, int line) =>
        Lines.LineOf(path).Should().Be(line);

    [Theory]
    [InlineData("$.function.description", 3)]
    [InlineData("$.function.parameters.properties['max.price'].description", 8)]
    [InlineData("$.function.parameters.properties.tags.items[5]", 11)]
    public void LineOf_MissingValue_IsTheLineOfTheObjectOrArrayThatLacksIt(string path, int line) =>
        Lines.LineOf(path).Should().Be(line);

    [Fact]
    public void LineOf_NamesThatNeedBrackets_AreFoundAsWritten()
    {
        var lines = JsonLines.Of("{\n\"a.b\": {\n\"it's\": 1,\n\"0\": [\n2]}}"u8);

        lines.LineOf("$['a.b']['it\\'s']").Should().Be(3);
        lines.LineOf("$['a.b']['0'][0]").Should().Be(5);
    }

    [Fact]
    public void Of_TextThatIsNotJson_KnowsNoLines() =>
        JsonLines.Of("{\"a\": "u8).LineOf("$.a").Should().BeNull();
}
