using Grader.Reports;

namespace Grader.Tests.Reports;

public class VisibleTextTests
{
    [Theory]
    [InlineData("a\r\nb\rc\nd", "a\nb\nc\nd")]
    [InlineData("\u001b[31mred\u001b[0m", "\\u001B[31mred\\u001B[0m")]
    [InlineData("nul\0 bell\a del\u007f c1\u0085", "nul\\u0000 bell\\u0007 del\\u007F c1\\u0085")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("zoë 👋 日本", "zoë 👋 日本")]
    [InlineData("not a character \uFFFE", "not a character \\uFFFE")]
    [InlineData("report\u202Etxt.exe", "report\\u202Etxt.exe")]
    [InlineData("\u2066isolated\u2069 \u200Fmark", "\\u2066isolated\\u2069 \\u200Fmark")]
    [InlineData("zero\u200Bwidth\uFEFF", "zero\\u200Bwidth\\uFEFF")]
    [InlineData("line\u2028paragraph\u2029", "line\\u2028paragraph\\u2029")]
    [InlineData("joined 👩\u200D💻", "joined 👩\u200D💻")]
    public void Clean_LearnerText_KeepsWhatCanBeShownAndSpellsOutTheRest(string text, string expected) =>
        VisibleText.Clean(text).Should().Be(expected);

    [Theory]
    [InlineData("two\nlines", "two lines")]
    [InlineData("tab\tseparated", "tab separated")]
    [InlineData("bell\a", "bell\\u0007")]
    public void OneLine_Name_HasNoLineBreaksOrTabs(string text, string expected) =>
        VisibleText.OneLine(text).Should().Be(expected);

    [Fact]
    public void Clean_HalfASurrogatePair_SpellsItOut()
    {
        // Not inline data: xunit cannot pass a string with a lone surrogate to a theory intact.
        VisibleText.Clean("lone \ud800 and \udc00").Should().Be("lone \\uD800 and \\uDC00");
    }

    [Fact]
    public void Clean_TagCharactersThatHideTextInAPair_SpellsOutBothHalves()
    {
        var hidden = char.ConvertFromUtf32(0xE0041); // TAG LATIN CAPITAL LETTER A: shows as nothing at all

        VisibleText.Clean("a" + hidden + "b").Should().Be("a\\uDB40\\uDC41b");
    }
}
