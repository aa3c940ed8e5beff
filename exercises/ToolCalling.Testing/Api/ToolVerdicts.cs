using System.Collections.Concurrent;

namespace ToolCalling.Testing;

/// <summary>
/// The API's verdicts on tool definitions, remembered by their JSON text and place in the request. A conversation
/// sends its tools again with every request, and an exercise's tests send the same few definitions over and over:
/// each is judged once. The texts come from the code under test, so only so many are kept.
/// </summary>
internal sealed class ToolVerdicts(int mostKept)
{
    /// <summary>The verdicts every mock model shares.</summary>
    public static readonly ToolVerdicts Shared = new(256);

    private readonly ConcurrentDictionary<(int Index, string Definition), ToolDefinitionProblem?> _reached = new();

    /// <summary>The problem that gets the definition rejected at <paramref name="index"/>, or null when it is accepted.</summary>
    public ToolDefinitionProblem? Reach(int index, string definition, Func<ToolDefinitionProblem?> judge)
    {
        if (_reached.TryGetValue((index, definition), out var verdict))
        {
            return verdict;
        }

        verdict = judge();
        if (_reached.Count < mostKept)
        {
            _reached.TryAdd((index, definition), verdict);
        }

        return verdict;
    }

    /// <summary>Forgets every verdict (see <see cref="MockApiMemory"/>).</summary>
    public void Forget() => _reached.Clear();
}
