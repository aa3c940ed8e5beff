using Grader.Infrastructure;

namespace Grader.Cli;

/// <summary>
/// Standard output, where a write that fails (a full disk behind <c>&gt; file</c>, a pipe to a reader that is gone)
/// is the destination's fault, not the grader's: it becomes a <see cref="UserError"/> that says so.
/// </summary>
internal sealed class StandardOutputWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly string? _what;
    private readonly string? _advice;

    /// <param name="inner">The writer to standard output.</param>
    /// <param name="what">What is being written, such as "the report", to name in the message.</param>
    /// <param name="advice">What to do instead, to end the message with.</param>
    public StandardOutputWriter(TextWriter inner, string? what = null, string? advice = null)
    {
        _inner = inner;
        _what = what;
        _advice = advice;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override System.Text.Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => Guard(() => _inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => _inner.Write(buffer, index, count));

    public override void Write(string? value) => Guard(() => _inner.Write(value));

    public override void WriteLine(string? value) => Guard(() => _inner.WriteLine(value));

    public override void Flush() => Guard(_inner.Flush);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Guard(_inner.Dispose);
        }

        base.Dispose(disposing);
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var what = _what is null ? "" : $" {_what}";
            var advice = _advice is null ? "" : $" {_advice}";
            throw new UserError($"Cannot write{what} to standard output: {exception.Message.TrimEnd('.')}.{advice}", exception);
        }
    }
}
