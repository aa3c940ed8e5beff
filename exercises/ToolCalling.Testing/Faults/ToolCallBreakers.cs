namespace ToolCalling.Testing;

/// <summary>Cuts the arguments text short, the way a truncated model output looks.</summary>
internal sealed class MalformedArgumentsFault : Fault
{
    internal override bool BreaksToolCall => true;

    internal override void Break(ToolCall call, ToolDefinition? declared)
    {
        var arguments = call.Function.Arguments.TrimEnd();
        call.Function.Arguments = arguments.Length > 1 ? arguments[..^1] : "{";
    }
}

/// <summary>Renames the call to a function the request does not declare.</summary>
internal sealed class UnknownFunctionFault(string name) : Fault
{
    internal override bool BreaksToolCall => true;

    public string Name { get; } = name;

    internal override void Break(ToolCall call, ToolDefinition? declared) => call.Function.Name = Name;
}

/// <summary>Gives every argument a value of the wrong JSON type.</summary>
internal sealed class WrongArgumentTypesFault : Fault
{
    internal override bool BreaksToolCall => true;

    internal override void Break(ToolCall call, ToolDefinition? declared) =>
        call.Function.Arguments = WrongTypes.For(call.Function.Arguments, declared?.Function.Parameters);
}
