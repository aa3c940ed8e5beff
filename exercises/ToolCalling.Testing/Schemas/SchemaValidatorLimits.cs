namespace ToolCalling.Testing;

/// <summary>
/// Where <see cref="SchemaValidator"/> stops, so that no schema and no value can overflow the stack or keep the
/// process busy for ever. Real tool schemas and arguments stay far below every one of these.
/// </summary>
internal static class SchemaValidatorLimits
{
    /// <summary>How deep objects and arrays may nest in a schema; NJsonSchema's own reader refuses to go deeper.</summary>
    public const int MaxSchemaNesting = 128;

    /// <summary>How deep objects and arrays may nest in a value; NJsonSchema's reader of values refuses to go deeper.</summary>
    public const int MaxValueNesting = 64;

    /// <summary>How many schemas, the root and everything under it, one schema may hold; loading 10,000 takes about a second.</summary>
    public const int MaxSchemas = 10_000;

    /// <summary>
    /// How many schema checks may be under way inside one another. NJsonSchema uses a little under 1 KB of stack for
    /// each, and a thread may have no more than 1.5 MB.
    /// </summary>
    public const int MaxNestedChecks = 256;

    /// <summary>How many schema checks one value may take in all; a schema whose parts each refer twice to the next doubles them at every part.</summary>
    public const int MaxChecks = 50_000;

    /// <summary>
    /// How many characters comparing a value with every entry of an "enum" may serialize: NJsonSchema writes an object or
    /// array out again as text for each entry it compares it with.
    /// </summary>
    public const long MaxEnumComparison = 10_000_000;

    /// <summary>
    /// How many characters a regular expression of a schema may have. Compiling one takes time that grows faster than its
    /// length, and no time limit covers it: a pattern of 240,000 short words joined by "|", in no order, took minutes.
    /// </summary>
    public const int MaxPatternLength = 10_000;

    /// <summary>How long checking one value may take in all, however many checks the schema asks for.</summary>
    public static readonly TimeSpan CheckTime = TimeSpan.FromSeconds(5);

    /// <summary>How long one regular expression may take to match one string.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);
}
