namespace ToolCalling.Testing.Tests.Hints;

public class TeachingTests
{
    [Theory]
    [InlineData(0, "0 requests")]
    [InlineData(1, "1 request")]
    [InlineData(2, "2 requests")]
    public void Count_UsesTheSingularForOneOnly(int count, string expected) =>
        Teaching.Count(count, "request").Should().Be(expected);

    [Theory]
    [InlineData(1, "1 warning")]
    [InlineData(1024, "1,024 warnings")]
    public void LargeCount_SeparatesTheThousandsWhereCountDoesNot(int count, string expected)
    {
        Teaching.LargeCount(count, "warning").Should().Be(expected);
        Teaching.Count(count, "warning").Should().Be(expected.Replace(",", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Quote_LongText_IsCutShortSayingHowLongItWas() =>
        Teaching.Quote(new string('x', 1000)).Should().EndWith("... (1000 characters in all)\"").And.HaveLength(400 + 30);

    [Fact]
    public void Quote_Null_IsTheWordNull() =>
        Teaching.Quote(null).Should().Be("null");

    [Theory]
    [InlineData("Searches the product catalog", 4)]
    [InlineData("Calculator:\nadds, subtracts,\nmultiplies, divides.", 5)]
    [InlineData("  Converts\ttemperatures \r\n between units ", 4)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    public void Words_AnyWhiteSpaceSeparatesThem(string? text, int expected) =>
        Teaching.Words(text).Should().HaveCount(expected);
}
