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
        "nullable" => "Write the type as a list that includes null instead, e.g. \"type\": [\"string\", \"null\"].",
        "examples" or "example" => "Put examples in \"description\", e.g. \"Search keywords, e.g. 'wireless headphones'\".",
        _ => "Remove it; strict mode accepts only the keywords listed in OpenAI's Structured Outputs guide.",
    };
}
