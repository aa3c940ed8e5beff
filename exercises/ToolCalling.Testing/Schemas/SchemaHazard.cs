namespace ToolCalling.Testing;

/// <summary>
/// Something in a schema that keeps a validator from using it: a loop or chain of schemas it would follow without end or
/// until its stack overflows, or a keyword value it cannot read. The schema is refused before any value is checked.
/// </summary>
/// <param name="Path">Where it is, as a JSON path.</param>
/// <param name="Message">What is wrong there.</param>
/// <param name="Hint">What to change, when the message does not already say.</param>
internal sealed record SchemaHazard(string Path, string Message, string? Hint)
{
    /// <summary>True for a loop made of "$ref"s alone, which <see cref="LocalReference"/> reports in its own words.</summary>
    public bool OnlyReferences { get; init; }

    public override string ToString() => Hint is null ? $"at {Path}, {Message}" : $"at {Path}, {Message}. {Hint}";
}
