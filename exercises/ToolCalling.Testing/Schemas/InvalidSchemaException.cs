namespace ToolCalling.Testing;

/// <summary>The schema itself is unusable, so no value can be checked against it.</summary>
public sealed class InvalidSchemaException : Exception
{
    public InvalidSchemaException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    internal InvalidSchemaException(SchemaHazard hazard)
        : base($"The schema cannot be used: {hazard}")
    {
        Hazard = hazard;
    }

    /// <summary>The same failure again, for a caller that loads a schema already known not to load.</summary>
    internal InvalidSchemaException Copy() => Hazard is null ? new InvalidSchemaException(Message, InnerException) : new InvalidSchemaException(Hazard);

    /// <summary>Where in the schema the problem is and what it is, when it was found before the library saw the schema.</summary>
    internal SchemaHazard? Hazard { get; }
}
