using System.Text.Json.Nodes;
using Grader.Suites;

namespace Grader.Tests.Suites;

public class ProducedTests
{
    [Fact]
    public void Value_KeyWrittenTwice_HoldsTheLastCopyAsTheApiReadsIt()
    {
        var produced = new Produced(JsonNode.Parse("""{"unit": "fahrenheit", "unit": "celsius"}"""));

        produced.Value!["unit"]!.GetValue<string>().Should().Be("celsius");
        produced.ValueAsWrittenOf("the arguments")!.ToJsonString().Should().Be("""{"unit":"fahrenheit","unit":"celsius"}""");
    }

    [Fact]
    public void Value_WhenTheCodeThrew_ThrowsWithTheCodesException()
    {
        var produced = new Produced(null, "System.InvalidOperationException", "no tools");

        var reading = () => produced.Value;

        reading.Should().Throw<ProducedException>().WithMessage("*InvalidOperationException*");
    }
}
