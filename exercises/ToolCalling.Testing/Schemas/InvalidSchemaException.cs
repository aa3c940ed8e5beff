namespace ToolCalling.Testing;

/// <summary>The schema itself is unusable, so no value can be checked against it.</summary>
public sealed class InvalidSchemaException(string message, Exception? inner = null) : Exception(message, inner);
