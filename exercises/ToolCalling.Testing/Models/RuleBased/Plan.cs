namespace ToolCalling.Testing;

/// <summary>The rule-based model's next answer: tool calls to make, or the final text.</summary>
internal sealed record Plan(IReadOnlyList<(string Name, string Arguments)> Calls, string Text)
{
    public static Plan Say(string text) => new([], text);

    public static Plan Call(IEnumerable<(string Name, string Arguments)> calls) => new([.. calls], "");
}
