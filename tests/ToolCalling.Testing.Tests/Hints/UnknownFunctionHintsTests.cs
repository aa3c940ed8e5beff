namespace ToolCalling.Testing.Tests.Hints;

public class UnknownFunctionHintsTests
{
    [Theory]
    [InlineData("""{"error": "Unknown tool: fly_to_moon"}""")]
    [InlineData("""{"error": "The given key 'fly_to_moon' was not present in the dictionary."}""")]
    public void ForResult_AnErrorObjectWithOtherWords_SaysTheErrorIsReworded(string content)
    {
        UnknownFunctionHints.ForResult(content).Should().Be(CommonMistakes.UnknownFunctionErrorReworded);
    }

    [Theory]
    [InlineData("""{"temperature": 22}""")]
    [InlineData("\"Unknown function: fly_to_moon\"")]
    [InlineData(null)]
    public void ForResult_NoErrorObject_SaysTheUnknownFunctionIsNotHandled(string? content)
    {
        UnknownFunctionHints.ForResult(content).Should().Be(CommonMistakes.UnknownFunctionNotHandled);
    }
}
