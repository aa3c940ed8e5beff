namespace ToolCalling.Testing.Tests.Json;

public class JsonTextTests
{
    [Fact]
    public void TryParse_ValidObject_ReturnsTheNode()
    {
        JsonText.TryParse("""{"city": "Paris"}""", out var node, out var error).Should().BeTrue();

        node!["city"]!.GetValue<string>().Should().Be("Paris");
        error.Should().BeEmpty();
    }

    [Fact]
    public void TryParse_TextThatIsNotJson_SaysWhy()
    {
        JsonText.TryParse("{city: Paris}", out var node, out var error).Should().BeFalse();

        node.Should().BeNull();
        error.Should().StartWith("it is not valid JSON (");
    }

    [Fact]
    public void TryParse_TextHoldingHalfASurrogatePair_SaysWhyInsteadOfThrowing()
    {
        // A string cut inside an emoji, as code that shortens text by its length can leave it.
        var cut = "{\"note\": \"sunny " + "\U0001F31E"[..1] + "\"}";

        JsonText.TryParse(cut, out var node, out var error).Should().BeFalse();

        node.Should().BeNull();
        error.Should().Be("it is not valid JSON (it holds half of a surrogate pair, as text cut inside an emoji does)");
    }
}
