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

    private static readonly Dictionary<string, ToolFunction> WeatherAndTime = new()
    {
        ["get_weather"] = _ => "sunny",
        ["get_time"] = _ => "09:30",
    };

    [Fact]
    public void ForException_ALookupOfANameTheGivenRegistryHolds_SaysTheGivenRegistryWasIgnored()
    {
        var ownRegistry = new Dictionary<string, ToolFunction> { ["lookup_user"] = _ => null };
        var thrown = Record.Exception(() => ownRegistry["get_weather"]);

        RegistryHints.ForException(thrown, WeatherAndTime).Should().Be(CommonMistakes.GivenRegistryIgnored);
    }

    [Fact]
    public void ForException_ALookupOfANameNoRegistryHolds_GivesNoHint()
    {
        var thrown = Record.Exception(() => WeatherAndTime["get_stock_price"]);

        RegistryHints.ForException(thrown, WeatherAndTime).Should().BeNull();
    }

    [Fact]
    public void ForException_AnArgumentMissingFromTheJson_GivesNoHint()
    {
        using var arguments = System.Text.Json.JsonDocument.Parse("""{"get_weather": 1}""");
        var thrown = Record.Exception(() => arguments.RootElement.GetProperty("city"));

        RegistryHints.ForException(thrown, WeatherAndTime).Should().BeNull();
        RegistryHints.ForException(new InvalidOperationException("'get_weather'"), WeatherAndTime).Should().BeNull();
    }

    [Fact]
    public void ForException_ALookupOfANameThatOnlyContainsARegistryName_GivesNoHint()
    {
        var thrown = Record.Exception(() => WeatherAndTime["get_weather_v2"]);

        RegistryHints.ForException(thrown, WeatherAndTime).Should().BeNull();
    }
}
