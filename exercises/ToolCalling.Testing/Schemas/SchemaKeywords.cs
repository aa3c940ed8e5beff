namespace ToolCalling.Testing;

/// <summary>The keywords of JSON Schema (draft 2020-12 and the older names still in use).</summary>
internal static class SchemaKeywords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "type", "enum", "const", "description", "title", "default", "examples", "example", "deprecated", "readOnly", "writeOnly",
        "properties", "required", "additionalProperties", "patternProperties", "propertyNames", "minProperties", "maxProperties",
        "dependentRequired", "dependentSchemas", "dependencies", "unevaluatedProperties", "items", "additionalItems", "prefixItems", "contains", "minContains",
        "maxContains", "minItems", "maxItems", "uniqueItems", "unevaluatedItems", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "format", "contentEncoding", "contentMediaType",
        "anyOf", "oneOf", "allOf", "not", "if", "then", "else", "$ref", "$defs", "definitions", "$schema", "$id", "$anchor",
        "$comment", "nullable",
    };
}
