using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// The shapes the validator library insists on for the keywords it reads into typed fields: text, true or false, lists,
/// maps and schema objects. It fails on any other shape in its own words and with a path into a copy of the schema, so
/// these are checked first, at the keyword, with what to write instead.
/// </summary>
internal static class KeywordShapes
{
    private static readonly Dictionary<string, string> TextHints = new(StringComparer.Ordinal)
    {
        ["title"] = "Write the title as one string.",
        ["description"] = "Write the description as one string.",
        ["format"] = "Write the format's name as a string, such as \"date\".",
        ["pattern"] = "Write the regular expression as a string, such as \"^[a-z]+$\".",
    };

    private static readonly string[] Flags = ["uniqueItems", "readOnly", "writeOnly"];
    private static readonly string[] SchemaMaps = ["properties", "patternProperties", "definitions", "$defs", "dependentSchemas"];
    private static readonly string[] SingleSchemas = ["not", "contains", "if", "then", "else", "propertyNames"];
    private static readonly string[] SchemaLists = ["allOf", "anyOf", "oneOf", "prefixItems"];

    private const string ObjectSchemasHint =
        "Write every schema as an object: {} for one that allows anything, {\"not\": {}} for one that allows nothing.";

    /// <summary>The first keyword in <paramref name="root"/> whose value the library cannot read, with what to write instead.</summary>
    public static SchemaHazard? FirstProblem(JsonObject root)
    {
        foreach (var (schema, at) in SchemaTree.AllSchemas(root, SchemaLocation.Root("$")))
        {
            foreach (var (keyword, value) in schema.Where(entry => !IsItemsAfterPrefix(schema, entry.Key)))
            {
                if (Check(keyword, value, at.Key(keyword)) is var (path, problem, hint))
                {
                    return new SchemaHazard(path, problem, hint);
                }
            }

            if (PrefixItemsAsTuple.Problem(schema, at) is { } tuple)
            {
                return tuple;
            }
        }

        return null;
    }

    private static (string Path, string Problem, string Hint)? Check(string keyword, JsonNode? value, SchemaLocation at)
    {
        var kind = JsonKinds.ApiName(value);
        (string, string)? problem = keyword switch
        {
            _ when TextHints.TryGetValue(keyword, out var hint) => JsonKinds.AsString(value) is null ? ($"\"{keyword}\" must be a string, but it is {kind}", hint) : null,
            "$ref" => JsonKinds.AsString(value) is null
                ? ($"\"$ref\" must be a string such as \"#/$defs/address\", but it is {kind}", "Point at a definition with a string, such as \"#/$defs/address\".")
                : null,
            _ when Flags.Contains(keyword) => JsonKinds.AsBoolean(value) is null ? ($"\"{keyword}\" must be true or false, but it is {kind}", "Write true or false, without quotes.") : null,
            "enum" => value is JsonArray ? null : ($"\"enum\" must be an array of the allowed values, but it is {kind}", "List the values, such as \"enum\": [\"electronics\", \"books\"]."),
            "required" => RequiredProblem(value),
            "type" => TypeProblem(value),
            _ when KeywordNumbers.Bounds.Contains(keyword) => IsBound(keyword, value) ? null
                : ($"\"{keyword}\" must be a number, but it is {kind}", $"Write the number without quotes, such as \"{keyword}\": 0."),
            _ when KeywordNumbers.Counts.Contains(keyword) => JsonKinds.TryGetNumber(value, out _) ? null
                : ($"\"{keyword}\" must be a whole number of 0 or more, but it is {kind}", $"Write the number without quotes, such as \"{keyword}\": 1."),
            _ when SchemaMaps.Contains(keyword) && value is not JsonObject =>
                ($"\"{keyword}\" must be an object that maps names to schemas, but it is {kind}", "Map each name to its schema, such as {\"query\": {\"type\": \"string\"}}."),
            _ when SchemaLists.Contains(keyword) && value is not JsonArray =>
                ($"\"{keyword}\" must be an array of schemas, but it is {kind}", "List the schemas, such as [{\"type\": \"string\"}, {\"type\": \"null\"}]."),
            _ when SingleSchemas.Contains(keyword) && value is not JsonObject => SingleSchemaProblem(keyword, value),
            "dependentRequired" => DependentRequiredProblem(value),
            "items" when value is not JsonObject and not JsonArray =>
                ($"\"items\" must be a schema object, but it is {kind}", "Describe each item, such as \"items\": {\"type\": \"string\"}."),
            _ => null,
        };

        return problem is var (message, advice) ? (at.Path, message, advice) : NotAnObjectInside(keyword, value, at);
    }

    // After "prefixItems", "items" describes the items that follow, and true or false there is read as "additionalItems" is.
    private static bool IsItemsAfterPrefix(JsonObject schema, string keyword) =>
        keyword == "items" && schema.ContainsKey("prefixItems") && JsonKinds.AsBoolean(schema[keyword]) is not null;

    private static bool IsBound(string keyword, JsonNode? value) =>
        JsonKinds.TryGetNumber(value, out _) || (keyword.StartsWith("exclusive", StringComparison.Ordinal) && JsonKinds.AsBoolean(value) is not null);

    // The library reads an unknown type name as no type at all, so the schema would quietly accept every value.
    private static (string, string)? TypeProblem(JsonNode? value)
    {
        var names = value is JsonArray list ? list.Select(JsonKinds.AsString).ToList() : [JsonKinds.AsString(value)];
        if (value is JsonArray { Count: 0 } || names.Any(name => name is null))
        {
            var actually = value switch
            {
                JsonArray { Count: 0 } => "it is an empty list",
                JsonArray items => $"it holds {JsonKinds.ApiName(items.First(item => JsonKinds.AsString(item) is null))}",
                _ => $"it is {JsonKinds.ApiName(value)}",
            };
            return ($"\"type\" must be a type name such as \"string\", or a list of them, but {actually}", $"The type names are {string.Join(", ", TypeNames.Valid)}.");
        }

        var unknown = names.FirstOrDefault(name => !TypeNames.IsValid(name!));
        return unknown is null ? null
            : ($"\"{unknown}\" is not a JSON Schema type, which the validator would quietly ignore",
                TypeNames.Suggest(unknown) is { } meant ? $"Did you mean \"{meant}\"?" : $"Use one of {string.Join(", ", TypeNames.Valid)}.");
    }

    // JSON Schema allows true and false here too, but the validator reads every schema it loads as an object.
    private static (string, string) SingleSchemaProblem(string keyword, JsonNode? value) => JsonKinds.AsBoolean(value) is { } flag
        ? ($"\"{keyword}\" must be a schema object for the validator, but it is {JsonKinds.Show(value)}",
            $"Write {(flag ? "{}" : "{\"not\": {}}")} instead: the schema that allows {(flag ? "anything" : "nothing")}.")
        : ($"\"{keyword}\" must be a schema object, but it is {JsonKinds.ApiName(value)}", "Write the schema as an object, such as {\"type\": \"null\"}.");

    private static (string, string)? DependentRequiredProblem(JsonNode? value)
    {
        const string Hint = "Map each property to the names of the properties it needs, such as \"dependentRequired\": {\"city\": [\"country\"]}.";
        if (value is not JsonObject map)
        {
            return ($"\"dependentRequired\" must be an object that maps property names to lists of names, but it is {JsonKinds.ApiName(value)}", Hint);
        }

        var wrong = map.FirstOrDefault(entry => entry.Value is not JsonArray names || names.Any(name => JsonKinds.AsString(name) is null));
        return wrong.Key is null ? null
            : ($"\"dependentRequired\" must list names of properties for \"{wrong.Key}\", but it holds {JsonKinds.Show(wrong.Value)}", Hint);
    }

    private static (string, string)? RequiredProblem(JsonNode? value)
    {
        const string Hint = "List the names of the required properties as strings, such as \"required\": [\"query\"].";
        if (value is not JsonArray names)
        {
            return ($"\"required\" must be an array of property names, but it is {JsonKinds.ApiName(value)}", Hint);
        }

        var notAName = names.FirstOrDefault(name => JsonKinds.AsString(name) is null);
        return names.All(name => JsonKinds.AsString(name) is not null) ? null
            : ($"\"required\" must be an array of property names, but it holds {JsonKinds.ApiName(notAName)}", Hint);
    }

    // The library reads every schema inside these keywords as an object; true and false, which JSON Schema also allows, it cannot.
    private static (string, string, string)? NotAnObjectInside(string keyword, JsonNode? value, SchemaLocation at)
    {
        var entries = value switch
        {
            JsonObject map when SchemaMaps.Contains(keyword) => map.Select(entry => (entry.Value, at.Key(entry.Key))),
            JsonArray list when SchemaLists.Contains(keyword) || keyword == "items" => list.Select((entry, index) => (entry, at.Index(index))),
            _ => [],
        };
        foreach (var (entry, place) in entries.Where(entry => entry.Item1 is not JsonObject))
        {
            return (place.Path, $"a schema must be an object, but this is {JsonKinds.ApiName(entry)}, which the validator cannot read here", ObjectSchemasHint);
        }

        return null;
    }
}
