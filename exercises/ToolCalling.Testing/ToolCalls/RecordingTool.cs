using System.Text.Json;

namespace ToolCalling.Testing;

/// <summary>
/// A stand-in for a real tool function: it returns a fixed result (or runs a behaviour) and remembers
/// every arguments value it received, so a test can check what the code under test passed in.
/// </summary>
public sealed class RecordingTool
{
    private readonly Func<JsonElement, object?> _behaviour;
    private readonly List<JsonElement> _received = [];

    public RecordingTool(object? result) : this(_ => result)
    {
    }

    public RecordingTool(Func<JsonElement, object?> behaviour) => _behaviour = behaviour;

    /// <summary>The arguments of every call so far, oldest first.</summary>
    public IReadOnlyList<JsonElement> Received => _received;

    public ToolFunction Function => Invoke;

    private object? Invoke(JsonElement arguments)
    {
        // Cloned, because the caller may dispose the document the arguments came from.
        _received.Add(arguments.Clone());
        return _behaviour(arguments);
    }
}
