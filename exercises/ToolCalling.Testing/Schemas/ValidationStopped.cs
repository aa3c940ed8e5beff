namespace ToolCalling.Testing;

/// <summary>
/// Thrown inside <see cref="BoundedValidation"/> when checking a value hits one of <see cref="SchemaValidatorLimits"/>;
/// <see cref="SchemaValidator"/> turns it into the one violation it reports for that value.
/// </summary>
internal sealed class ValidationStopped(string path, string message) : Exception(message)
{
    /// <summary>The JSON path of the part of the value being checked when it stopped.</summary>
    public string Path { get; } = path;
}
