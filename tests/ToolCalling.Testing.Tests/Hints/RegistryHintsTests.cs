namespace ToolCalling.Testing.Tests.Hints;

public class RegistryHintsTests
{
    [Fact]
    public void ForResult_UnknownFunctionError_SaysTheGivenRegistryWasIgnored()
    {
        RegistryHints.ForResult("""{"error": "Unknown function: get_weather"}""").Should().Be(CommonMistakes.GivenRegistryIgnored);
    }

    [Theory]
    [InlineData("""{"city": "Oslo", "temperature": 12}""")]
    [InlineData("""{"error": "City not found: Atlantis"}""")]
    [InlineData("not json")]
    [InlineData(null)]
    public void ForResult_AnyOtherResult_GivesNoHint(string? content)
    {
        RegistryHints.ForResult(content).Should().BeNull();
    }
}
