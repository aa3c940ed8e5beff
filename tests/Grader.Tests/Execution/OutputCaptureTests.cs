using System.Text;
using Grader.Execution;

namespace Grader.Tests.Execution;

/// <summary>What a worker prints is kept up to a limit, and of a flood beyond it only the beginning and the end.</summary>
public class OutputCaptureTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Text_OutputOfExactlyTheLimit_IsKeptWholeWithNothingSaidDropped()
    {
        var capture = Captured(new string('a', 100), limit: 100);

        capture.Text().Should().Be(new string('a', 100));
        capture.TotalBytes.Should().Be(100);
    }

    [Fact]
    public void Text_FloodFarBeyondTheLimit_KeepsTheBeginningAndOnlyTheLastFewKilobytes()
    {
        var printed = "BEGIN" + new string('x', 200_000) + "END";

        var capture = Captured(printed, limit: 5);

        var text = capture.Text();
        capture.TotalBytes.Should().Be(printed.Length);
        text.Should().StartWith("BEGIN\n... (").And.EndWith("END");
        text.Length.Should().BeLessThan(32 * 1024, "of a flood, only the last few kilobytes are kept after the beginning");
        var dropped = long.Parse(string.Concat(text.Split(" (")[1].Split(" bytes not kept")[0].Where(char.IsAsciiDigit)),
            System.Globalization.CultureInfo.InvariantCulture);
        var kept = text[text.LastIndexOf('\n')..].Length - 1;
        (5 + dropped + kept).Should().Be(printed.Length, "what is dropped is counted, neither more nor less");
    }

    private static OutputCapture Captured(string printed, int limit)
    {
        var capture = new OutputCapture(new MemoryStream(Encoding.ASCII.GetBytes(printed)), limit, "test output");
        capture.WaitForEnd(Patience).Should().BeTrue();
        return capture;
    }
}
