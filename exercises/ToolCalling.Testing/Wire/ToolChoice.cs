using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>
/// The request's <c>tool_choice</c>: the string <c>"none"</c>, <c>"auto"</c> or <c>"required"</c>, or
/// <c>{"type":"function","function":{"name":"..."}}</c> to force one function.
/// </summary>
[JsonConverter(typeof(ToolChoiceConverter))]
public sealed record ToolChoice
{
    private ToolChoice(string? mode, string? functionName)
    {
        Mode = mode;
        FunctionName = functionName;
    }

    /// <summary>The model must not call any tool.</summary>
    public static ToolChoice None { get; } = new("none", null);

    /// <summary>The model decides between answering and calling tools (the default when tools are given).</summary>
    public static ToolChoice Auto { get; } = new("auto", null);

    /// <summary>The model must call at least one tool.</summary>
    public static ToolChoice Required { get; } = new("required", null);

    /// <summary>The string form (<c>none</c>, <c>auto</c>, <c>required</c>), or null when one function is forced.</summary>
    public string? Mode { get; }

    /// <summary>The forced function, or null for the string forms.</summary>
    public string? FunctionName { get; }

    /// <summary>The model must call this function.</summary>
    public static ToolChoice Function(string name) => new(null, name);

    /// <summary>Any string form, including ones this library does not know; the API decides what it accepts.</summary>
    public static ToolChoice FromMode(string mode) => new(mode, null);

    public override string ToString() => FunctionName is null ? Mode ?? "" : $"function {FunctionName}";
}
