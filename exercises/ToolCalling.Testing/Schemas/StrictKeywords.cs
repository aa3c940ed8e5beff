namespace ToolCalling.Testing;

/// <summary>
/// The JSON Schema keywords that OpenAI Structured Outputs accepts with <c>strict: true</c>. The API works
/// from an allow-list: any other keyword is refused with "'minLength' is not permitted."
/// </summary>
internal static class StrictKeywords
{
    public static readonly IReadOnlySet<string> Permitted = new HashSet<string>(StringComparer.Ordinal)
    {
        // Every type
        "type", "description", "title", "enum", "const", "anyOf", "$ref", "$defs", "definitions",
        // object
        "properties", "required", "additionalProperties",
        // string
        "pattern", "format",
        // number and integer
        "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        // array
        "items", "minItems", "maxItems",
    };

    /// <summary>The string formats strict mode understands.</summary>
    public static readonly IReadOnlyList<string> Formats = ["date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"];

    /// <summary>
    /// Refused keywords whose subschemas go when the keyword goes, so that nothing inside them is worth reporting; the
    /// branches of "oneOf" and "allOf" stay, in an "anyOf" or merged into one schema.
    /// </summary>
    public static bool TakesItsSubschemasAlong(string keyword) => !Permitted.Contains(keyword) && keyword is not ("oneOf" or "allOf");

    /// <summary>What to do instead of a refused keyword.</summary>
    public static string HintFor(string keyword) => keyword switch
    {
        "oneOf" => "Use \"anyOf\" instead; strict mode makes the model match exactly one branch anyway.",
        "allOf" => "Merge the schemas into one object schema.",
        "default" => "Say the default in \"description\" and apply it in your code when the value is null.",
        "minLength" or "maxLength" => "Check the length in your own code, and say the limit in \"description\".",
        "uniqueItems" or "minProperties" or "maxProperties" or "minContains" or "maxContains" or "contains"
            => "Check this in your own code after the call, and say it in \"description\".",
        "patternProperties" or "propertyNames" or "unevaluatedProperties"
            => "List every property in \"properties\"; strict mode needs fixed keys.",
        "if" or "then" or "else"
            => "Strict mode has no conditions: make each case one branch of \"anyOf\", or check the condition in your own code and say it in \"description\".",
        "prefixItems" or "additionalItems" or "unevaluatedItems"
            => "Strict mode checks every item against the one schema in \"items\"; for a fixed list of different values, use an object with a named property for each.",
        "dependentRequired" or "dependentSchemas" or "dependencies"
            => "Strict mode already requires every property: let the ones that depend on another be null, and check the combination in your own code.",
        "not" => "Say what is allowed instead, with \"enum\" or \"anyOf\".",
        "nullable" => "Write the type as a list that includes null instead, e.g. \"type\": [\"string\", \"null\"].",
        "examples" or "example" => "Put examples in \"description\" instead, e.g. \"The city name, such as 'Tokyo' or 'New York'\".",
        _ => "Remove it; strict mode accepts only the keywords listed in OpenAI's Structured Outputs guide.",
    };
}
