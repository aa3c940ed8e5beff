namespace ToolCalling.Testing.Tests.Schemas;

public class SpellingTests
{
    [Theory]
    [InlineData("string", "string", 0)]
    [InlineData("strnig", "string", 1)]
    [InlineData("str", "string", 3)]
    [InlineData("integr", "integer", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_WordsUpToThreeEditsApart_CountsTheEdits(string a, string b, int edits)
    {
        Spelling.Distance(a, b).Should().Be(edits);
        Spelling.Distance(b, a).Should().Be(edits);
    }

    [Theory]
    [InlineData("abcdef", "uvwxyz")]
    [InlineData("string", "strings_and_more")]
    [InlineData("description", "descending")]
    public void Distance_WordsMoreThanThreeEditsApart_IsTooFar(string a, string b) =>
        Spelling.Distance(a, b).Should().Be(int.MaxValue);

    [Fact]
    public void Distance_LongNamesATypoApart_AreStillCompared()
    {
        var name = new string('n', 120);

        Spelling.Distance(name + "ab", name + "ba").Should().Be(1);
    }

    [Fact]
    public void Distance_NamesLongerThanAnyoneMistypes_AreNotCompared()
    {
        var name = new string('n', 100_000);

        Spelling.Distance(name + "a", name + "b").Should().Be(int.MaxValue);
    }
}
