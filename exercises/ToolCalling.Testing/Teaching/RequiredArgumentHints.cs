namespace ToolCalling.Testing;

/// <summary>Recognises a schema that refuses valid arguments because it requires one that may be left out.</summary>
public static class RequiredArgumentHints
{
    /// <summary>
    /// <see cref="CommonMistakes.OptionalArgumentRequired"/> when arguments the instructions allow were refused for lacking a
    /// required property, otherwise none.
    /// </summary>
    /// <param name="violations">Why the schema refused arguments that it should have accepted.</param>
    public static string? WhenValidArgumentsRejected(IEnumerable<SchemaViolation> violations) =>
        violations.Any(violation => violation.MissingProperty is not null) ? CommonMistakes.OptionalArgumentRequired : null;
}
