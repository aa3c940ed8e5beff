using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Checks that the structural keywords of one schema object have the shape JSON Schema gives them:
/// <c>type</c>, <c>properties</c>, <c>required</c>, <c>items</c>, the combinators, <c>$ref</c> and the text keywords.
/// </summary>
internal static class SchemaShapeRules
{
    private static readonly string[] SchemaOrBoolean = ["additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"];
    private static readonly string[] Texts = ["description", "title", "format", "$comment"];

    // Comparing every missing name with every property takes long for thousands of each; a real schema that gets a
    // name wrong has a handful of properties and a few such names, so suggestions stop well above that.
    private const int MaxPropertiesToSuggestFrom = 200;
    private const int MaxMissingNamesToSuggestFor = 20;

    public static void Check(JsonObject schema, SchemaLocation at, SchemaContext context)
    {
        CheckType(schema, at, context.Problems);
        CheckRequired(schema, at, context.Problems);
        CheckItems(schema, at, context);
        CheckReference(schema, at, context);
        if (PrefixItemsAsTuple.Problem(schema, at) is { } tuple)
        {
            context.Problems.Error(tuple.Path, tuple.Message, tuple.Hint);
        }

        foreach (var keyword in SchemaTree.SchemaMaps.Where(schema.ContainsKey).Where(keyword => schema[keyword] is not JsonObject))
        {
            var hint = keyword == "properties" && schema[keyword] is JsonArray
                ? "Names of required properties go in \"required\"; \"properties\" maps each name to its schema, e.g. {\"query\": {\"type\": \"string\"}}."
                : null;
            context.Problems.Error(at.Key(keyword).Path,
                $"\"{keyword}\" must be an object that maps names to schemas, but it is {JsonKinds.ApiName(schema[keyword])}", hint);
        }

        foreach (var keyword in SchemaTree.SchemaLists.Where(schema.ContainsKey))
        {
            if (schema[keyword] is not JsonArray { Count: > 0 })
            {
                context.Problems.Error(at.Key(keyword).Path, $"\"{keyword}\" must be a non-empty array of schemas, but it is {Describe(schema[keyword])}");
            }
        }

        foreach (var keyword in SchemaOrBoolean.Where(schema.ContainsKey))
        {
            if (schema[keyword] is not JsonObject && JsonKinds.AsBoolean(schema[keyword]) is null)
            {
                context.Problems.Error(at.Key(keyword).Path, $"\"{keyword}\" must be true, false or a schema object, but it is {JsonKinds.ApiName(schema[keyword])}");
            }
        }

        foreach (var (keyword, _) in schema)
        {
            if (UncheckedKeywords.Problem(keyword) is var (problem, hint))
            {
                context.Problems.Error(at.Key(keyword).Path, problem, hint);
            }
        }

        foreach (var keyword in Texts.Where(schema.ContainsKey).Where(keyword => JsonKinds.AsString(schema[keyword]) is null))
        {
            context.Problems.Error(at.Key(keyword).Path, $"\"{keyword}\" must be a string, but it is {JsonKinds.ApiName(schema[keyword])}");
        }
    }

    private static void CheckType(JsonObject schema, SchemaLocation at, ProblemList problems)
    {
        if (!schema.TryGetPropertyValue("type", out var type))
        {
            return;
        }

        var names = type is JsonArray list ? list.ToList() : [type];
        if (type is JsonArray { Count: 0 } || names.Any(name => JsonKinds.AsString(name) is null))
        {
            problems.Error(at.Key("type").Path, $"\"type\" must be a type name such as \"string\", or a list of them, but it is {JsonKinds.Show(type)}",
                $"The type names are {string.Join(", ", TypeNames.Valid)}.");
            return;
        }

        foreach (var name in names.Select(JsonKinds.AsString).OfType<string>().Where(name => !TypeNames.IsValid(name)))
        {
            var suggestion = TypeNames.Suggest(name);
            problems.Error(at.Key("type").Path, $"\"{name}\" is not a JSON Schema type",
                suggestion is null ? $"Use one of {string.Join(", ", TypeNames.Valid)}." : $"Did you mean \"{suggestion}\"?");
        }

        var duplicate = names.Select(JsonKinds.AsString).GroupBy(name => name).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            problems.Error(at.Key("type").Path, $"\"type\" lists \"{duplicate.Key}\" more than once; list each type once");
        }
    }

    private static void CheckRequired(JsonObject schema, SchemaLocation at, ProblemList problems)
    {
        if (!schema.TryGetPropertyValue("required", out var required))
        {
            return;
        }

        if (required is not JsonArray names || names.Any(name => JsonKinds.AsString(name) is null))
        {
            var hint = JsonKinds.AsBoolean(required) is not null
                ? "In JSON Schema, \"required\" is not a flag on a property: list the names on the object that holds them, e.g. \"required\": [\"query\"]."
                : null;
            problems.Error(at.Key("required").Path, $"\"required\" must be an array of property names, but it is {JsonKinds.Show(required)}", hint);
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var properties = schema["properties"] as JsonObject;
        var missingNames = 0;
        for (var index = 0; index < names.Count; index++)
        {
            var name = JsonKinds.AsString(names[index])!;
            var item = at.Key("required").Index(index);
            if (!seen.Add(name))
            {
                problems.Error(item, $"\"required\" lists \"{name}\" more than once; list each property once");
            }
            else if (!schema.ContainsKey("properties") && SchemaTree.DeclaredTypes(schema).Contains("object"))
            {
                problems.Error(item, $"\"required\" names \"{name}\", but this object has no \"properties\", so the model is never told what it is",
                    $"Declare \"{name}\" under \"properties\", with its type and a description.");
            }
            else if (properties is not null && !properties.ContainsKey(name))
            {
                // The model is told to send a property that has no type and no description, which
                // it cannot do reliably; with strict mode on, it cannot do it at all.
                var worthSuggesting = ++missingNames <= MaxMissingNamesToSuggestFor && properties.Count <= MaxPropertiesToSuggestFrom;
                var closest = worthSuggesting ? Spelling.ClosestTo(name, properties.Select(property => property.Key)) : null;
                problems.Error(item, $"\"required\" names \"{name}\", but \"properties\" has no \"{name}\", so the model is never told what it is",
                    closest is null ? $"Add \"{name}\" to \"properties\", or remove it from \"required\"." : $"Did you mean \"{closest}\"?");
            }
        }
    }

    private static void CheckItems(JsonObject schema, SchemaLocation at, SchemaContext context)
    {
        if (schema.TryGetPropertyValue("items", out var items))
        {
            if (items is not JsonObject and not JsonArray && JsonKinds.AsBoolean(items) is null)
            {
                context.Problems.Error(at.Key("items").Path, $"\"items\" must be the schema of each item, such as {{\"type\": \"string\"}}, but it is {JsonKinds.ApiName(items)}");
            }

            return;
        }

        if (SchemaTree.DeclaredTypes(schema).Contains("array"))
        {
            context.Problems.InvalidSchema(context.FunctionName, context.Parameters, at, "array schema missing items.",
                "Say what each item is, e.g. \"items\": {\"type\": \"string\"}.");
        }
    }

    private static void CheckReference(JsonObject schema, SchemaLocation at, SchemaContext context)
    {
        if (!schema.TryGetPropertyValue("$ref", out var reference))
        {
            return;
        }

        var text = JsonKinds.AsString(reference);
        var problem = text is null
            ? $"\"$ref\" must be a string such as \"#/$defs/address\", but it is {JsonKinds.ApiName(reference)}"
            : LocalReference.Problem(context.Root, text);
        if (problem is not null)
        {
            context.Problems.Error(at.Key("$ref").Path, problem);
        }
    }

    private static string Describe(JsonNode? node) => node is JsonArray ? "an empty array" : JsonKinds.ApiName(node);
}
