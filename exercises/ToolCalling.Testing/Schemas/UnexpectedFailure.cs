namespace ToolCalling.Testing;

/// <summary>The message for a failure inside the checks themselves, which must never reach the caller as an exception.</summary>
internal static class UnexpectedFailure
{
    public const string Marker = "the checks stopped early";

    public static string Describe(Exception exception) =>
        $"{Marker} on an unexpected {exception.GetType().Name} ({exception.Message}); this is a bug in the course kit, " +
        "so please report it together with the definition that caused it";
}
