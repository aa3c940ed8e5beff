namespace ToolCalling.Testing.Tests.Hints;

public class TeachingTests
{
    [Theory]
    [InlineData(0, "0 requests")]
    [InlineData(1, "1 request")]
    [InlineData(2, "2 requests")]
    public void Count_UsesTheSingularForOneOnly(int count, string expected) =>
        Teaching.Count(count, "request").Should().Be(expected);

    [Fact]
    public void Quote_LongText_IsCutShortSayingHowLongItWas() =>
        Teaching.Quote(new string('x', 1000)).Should().EndWith("... (1000 characters in all)\"").And.HaveLength(400 + 30);

    [Fact]
    public void Quote_Null_IsTheWordNull() =>
        Teaching.Quote(null).Should().Be("null");
}
