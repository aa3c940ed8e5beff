using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>One entry of an assistant message's <c>tool_calls</c>, as the API sends it.</summary>
public sealed class ToolCall : IToolCall
{
    public ToolCall()
    {
    }

    public ToolCall(string id, string name, string arguments)
    {
        Id = id;
        Function = new FunctionCall { Name = name, Arguments = arguments };
    }

    [JsonPropertyName("id"), JsonPropertyOrder(0)]
    public string Id { get; set; } = "";

    [JsonPropertyName("type"), JsonPropertyOrder(1)]
    public string Type { get; set; } = "function";

    [JsonPropertyName("function"), JsonPropertyOrder(2)]
    public FunctionCall Function { get; set; } = new();

    IFunctionCall IToolCall.Function => Function;
}
