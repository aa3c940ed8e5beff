namespace ToolCalling.Testing;

/// <summary>One way a value breaks a schema: where (a JSON path) and what.</summary>
public sealed record SchemaViolation(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
