namespace ToolCalling.Testing;

/// <summary>One way a value breaks a schema: where (a JSON path) and what.</summary>
/// <param name="MissingProperty">The name of the required property the value lacks, when that is the violation.</param>
public sealed record SchemaViolation(string Path, string Message, string? MissingProperty = null)
{
    public override string ToString() => $"{Path}: {Message}";
}
