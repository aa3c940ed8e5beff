namespace ToolCalling;

/// <summary>One entry of an assistant message's <c>tool_calls</c>: the model asks your code to run a function.</summary>
public interface IToolCall
{
    /// <summary>The call's id. The tool message that answers this call must carry it as <c>tool_call_id</c>.</summary>
    string Id { get; }

    /// <summary>Always <c>"function"</c> for function calls.</summary>
    string Type { get; }

    IFunctionCall Function { get; }
}
