namespace ToolCalling.Testing;

/// <summary>
/// The values of "format" that <see cref="SchemaValidator"/> checks: those NJsonSchema 11 knows, and "duration". JSON
/// Schema treats any other format as a note that no validator has to check, so a string of any shape passes.
/// </summary>
internal static class CheckedFormats
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "date-time", "date", "time", "duration", "email", "hostname", "ipv4", "ipv6", "uri", "uuid", "guid", "time-span", "byte", "base64",
    };
}
