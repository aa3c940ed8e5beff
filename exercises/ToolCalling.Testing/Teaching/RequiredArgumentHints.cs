namespace ToolCalling.Testing;

/// <summary>Recognises a schema that refuses valid arguments because it requires one that may be left out.</summary>
public static class RequiredArgumentHints
{
    /// <summary>
    /// <see cref="CommonMistakes.OptionalArgumentRequired"/> when arguments the instructions allow were refused for lacking a
    /// property that the instructions call optional, otherwise none. A required property under another name (location for
    /// city) is missing too, but that is a naming mistake, not this one.
    /// </summary>
    /// <param name="violations">Why the schema refused arguments that it should have accepted.</param>
    /// <param name="optional">The arguments the instructions let the model leave out.</param>
    public static string? WhenValidArgumentsRejected(IEnumerable<SchemaViolation> violations, IReadOnlyCollection<string> optional) =>
        violations.Any(violation => violation.MissingProperty is { } missing && optional.Contains(missing)) ? CommonMistakes.OptionalArgumentRequired : null;
}
