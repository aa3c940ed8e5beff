namespace Grader.Reports;

/// <summary>What a piece of text means, which a terminal shows as a colour and a file does not show at all.</summary>
internal enum TextTone
{
    Plain,
    Strong,
    Quiet,
    Good,
    Warning,
    Bad,
}

internal readonly record struct TextSpan(string Text, TextTone Tone = TextTone.Plain);

/// <summary>One line of the text report, in pieces that each carry a <see cref="TextTone"/>.</summary>
internal sealed record TextLine(IReadOnlyList<TextSpan> Spans)
{
    public static TextLine Empty { get; } = new([]);

    public TextLine(params TextSpan[] spans)
        : this((IReadOnlyList<TextSpan>)spans)
    {
    }

    public string Plain => string.Concat(Spans.Select(span => span.Text));
}
