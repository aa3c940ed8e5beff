using System.Text.Json.Nodes;
using ToolCalling.Testing;

namespace ToolCalling.Testing.Tests.Json;

public class JsonEquivalenceTests
{
    [Theory]
    [InlineData("""{"error": "x"}""", """{"error":"x"}""")]
    [InlineData("""{"a":1,"b":[true,null]}""", """{"b":[true,null],"a":1.0}""")]
    [InlineData("\"Zo\u00EB\"", "\"Zo\\u00EB\"")]
    public void FindDifference_SameDataWrittenDifferently_ReturnsNull(string expected, string actual) =>
        JsonEquivalence.FindDifference(JsonNode.Parse(expected), JsonNode.Parse(actual)).Should().BeNull();

    [Theory]
    [InlineData("""{"a":{"b":1}}""", """{"a":{"b":2}}""", "at $.a.b: expected 1 but found 2")]
    [InlineData("""{"a":1}""", """{"a":1,"c":2}""", "at $: unexpected property \"c\"")]
    [InlineData("""{"a":1}""", """{}""", "at $: property \"a\" is missing")]
    [InlineData("""[1,2]""", """[2,1]""", "at $[0]: expected 1 but found 2")]
    [InlineData("""[1,2]""", """[1,2,3]""", "at $: expected 2 items but found 3")]
    [InlineData("""{"ok":true}""", """{"ok":false}""", "at $.ok: expected true but found false")]
    [InlineData("""[false]""", """[true]""", "at $[0]: expected false but found true")]
    [InlineData("""{"max price":true}""", """{"max price":"true"}""", "at $['max price']: expected a boolean true but found a string \"true\"")]
    [InlineData("""null""", """{}""", "at $: expected null but found an object {}")]
    public void FindDifference_DifferentData_NamesThePathAndBothValues(string expected, string actual, string difference) =>
        JsonEquivalence.FindDifference(JsonNode.Parse(expected), JsonNode.Parse(actual)).Should().Be(difference);
}
