using System.Text.Json.Nodes;
using ToolCalling.Testing;

namespace ToolCalling.Testing.Tests.Json;

public class JsonCanonicalTextTests
{
    [Theory]
    [InlineData("""{"a":1,"b":[true,null]}""", """{"b":[true,null],"a":1.0}""")]
    [InlineData("1", "1.0")]
    [InlineData("1500", "1.5e3")]
    [InlineData("12", "1.2E+1")]
    [InlineData("0.05", "5e-2")]
    [InlineData("0", "-0.0")]
    [InlineData("100", "1e2")]
    [InlineData("\"Zo\u00EB\"", "\"Zo\\u00EB\"")]
    public void Of_SameDataWrittenDifferently_GivesOneText(string first, string second) =>
        JsonCanonicalText.Of(JsonNode.Parse(first)).Should().Be(JsonCanonicalText.Of(JsonNode.Parse(second)));

    [Theory]
    [InlineData("1", "2")]
    [InlineData("1", "-1")]
    [InlineData("1", "10")]
    [InlineData("1e400", "2e400")]
    [InlineData("1.00000000000000000001", "1.00000000000000000002")]
    [InlineData("\"1\"", "1")]
    [InlineData("[1,2]", "[2,1]")]
    [InlineData("""{"a":1}""", """{"a":1,"b":null}""")]
    [InlineData("null", "\"null\"")]
    [InlineData("1e1000000000000000000000", "2e1000000000000000000000")]
    [InlineData("[\"a,b\"]", "[\"a\",\"b\"]")]
    public void Of_DifferentData_GivesDifferentTexts(string first, string second) =>
        JsonCanonicalText.Of(JsonNode.Parse(first)).Should().NotBe(JsonCanonicalText.Of(JsonNode.Parse(second)));

    [Fact]
    public void Of_NumberWithAnExponentOfAMillionDigits_IsKeptAsWritten()
    {
        var number = "1e" + new string('9', 1_000_000);

        JsonCanonicalText.Of(JsonNode.Parse(number)).Should().Be(number);
    }
}
