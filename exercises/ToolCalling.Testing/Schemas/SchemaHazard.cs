namespace ToolCalling.Testing;

/// <summary>
/// Something in a schema that would make a validator run without end or overflow its stack, so the schema is refused
/// before any value is checked against it.
/// </summary>
/// <param name="Path">Where it is, as a JSON path.</param>
/// <param name="Message">What is wrong there.</param>
/// <param name="Hint">What to change.</param>
internal sealed record SchemaHazard(string Path, string Message, string Hint)
{
    /// <summary>True for a loop made of "$ref"s alone, which <see cref="LocalReference"/> reports in its own words.</summary>
    public bool OnlyReferences { get; init; }

    public override string ToString() => $"at {Path}, {Message}. {Hint}";
}
