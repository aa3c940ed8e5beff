using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Hints;

public sealed class SampleRejectionTests
{
    private static SchemaValidator Validator(string required, string priceSchema) => SchemaValidator.For(JsonNode.Parse($$$"""
        {"type": "object",
         "properties": {"query": {"type": "string"}, "max_price": {{{priceSchema}}}, "in_stock": {"type": "boolean"}},
         "required": {{{required}}}}
        """)!.AsObject());

    private static readonly string[] Optional = ["max_price", "in_stock"];

    private static readonly JsonNode CheapPrice = JsonNode.Parse("""{"query": "lamp", "max_price": "cheap"}""")!;

    [Fact]
    public void Problem_RejectedAtTheArgumentOfTheRule_IsNone() =>
        SampleRejection.Problem(Validator("""["query"]""", """{"type": "number"}"""), CheapPrice, "max_price", Optional).Should().BeNull();

    [Fact]
    public void Problem_RejectedOnlyForAnArgumentTheSampleLeavesOut_SaysSoAndNamesTheRulesArgument()
    {
        var problem = SampleRejection.Problem(Validator("""["query", "in_stock"]""", "{}"), CheapPrice, "max_price", Optional);

        problem!.Text.Should().Be("""{"query":"lamp","max_price":"cheap"} was rejected, but only for other reasons """ +
            """($.in_stock: the required property "in_stock" is missing), none about max_price""");
        problem.LikelyMistake.Should().Be(CommonMistakes.OptionalArgumentRequired, "in_stock is optional, yet the schema requires it");
    }

    [Fact]
    public void Problem_Accepted_SaysSo() =>
        SampleRejection.Problem(Validator("""["query"]""", "{}"), CheapPrice, "max_price", Optional).Should().Be(
            new SampleRejection.Miss("""{"query":"lamp","max_price":"cheap"} was accepted""", LikelyMistake: null));

    [Fact]
    public void Problem_RejectedInsideTheArgument_CountsAsAtTheArgument()
    {
        var validator = Validator("""["query"]""", """{"type": "array", "items": {"type": "number"}}""");

        SampleRejection.Problem(validator, JsonNode.Parse("""{"query": "lamp", "max_price": [1, "two"]}""")!, "max_price", Optional).Should().BeNull();
    }

    [Fact]
    public void Problem_ViolationAtAnArgumentWhoseNameStartsTheSame_DoesNotCount()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""
            {"type": "object", "properties": {"max": {"type": "number"}, "max_price": {"type": "number"}}}
            """)!.AsObject());

        SampleRejection.Problem(validator, JsonNode.Parse("""{"max": "x", "max_price": "y"}""")!, "max", Optional).Should().BeNull();
        SampleRejection.Problem(validator, JsonNode.Parse("""{"max": 1, "max_price": "y"}""")!, "max", Optional)!.Text.Should().EndWith("none about max");
    }
}
