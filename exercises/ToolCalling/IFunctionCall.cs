namespace ToolCalling;

/// <summary>The <c>function</c> part of a tool call: which function the model wants, and with what.</summary>
public interface IFunctionCall
{
    /// <summary>The name of the function, exactly as declared in the tool definition.</summary>
    string Name { get; }

    /// <summary>The arguments as JSON text, for example <c>{"city":"Paris"}</c>. Parse it before use.</summary>
    string Arguments { get; }
}
