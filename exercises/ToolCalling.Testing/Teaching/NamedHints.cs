namespace ToolCalling.Testing;

/// <summary>
/// The hints a check chose itself while it ran. A failure message also quotes what the code under test produced, and
/// that can hold the words of any hint; a grader that shows only the hint of a hidden test takes it from those named
/// here, so that the code cannot choose which hint a hidden test shows (and tell its author about that test's inputs).
/// </summary>
public static class NamedHints
{
    private static readonly AsyncLocal<List<string>?> Listening = new();

    /// <summary>Starts keeping the hints named on this flow of execution, until the recording is disposed.</summary>
    public static Recording Record() => new();

    /// <summary>Notes that a check shows <paramref name="hint"/> (when there is one), and returns it.</summary>
    public static string? Name(string? hint)
    {
        if (hint is not null)
        {
            Listening.Value?.Add(hint);
        }

        return hint;
    }

    public sealed class Recording : IDisposable
    {
        private readonly List<string>? _outer = Listening.Value;
        private readonly List<string> _named = [];

        internal Recording() => Listening.Value = _named;

        /// <summary>Every hint named since the recording started, in order.</summary>
        public IReadOnlyList<string> Named => _named;

        public void Dispose() => Listening.Value = _outer;
    }
}
