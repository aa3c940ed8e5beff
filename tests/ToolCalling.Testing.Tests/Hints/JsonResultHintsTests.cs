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
}
