using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// The rules of OpenAI Structured Outputs, which apply to a function's <c>parameters</c> when it sets
/// <c>"strict": true</c>: the root is an object, every object has <c>additionalProperties: false</c> and
/// lists every property in <c>required</c>, only supported keywords appear, and the schema stays within
/// the size limits. Messages quote the API where its wording is known.
/// </summary>
internal static class StrictSchemaRules
{
    /// <summary>
    /// Checks one function's parameters schema. <paramref name="path"/> locates the schema, such as
    /// <c>$.tools[0].function.parameters</c>; the API parameter in rejections is that path without <c>$.</c>.
    /// </summary>
    public static ToolDefinitionProblems Validate(JsonNode? schema, string functionName, string path)
    {
        var problems = new ProblemList();
        var at = ApiLocation.ForPath(path ?? "$");
        try
        {
            if (schema is JsonObject parameters)
            {
                // An empty schema means "no arguments", as ToolDefinitionValidator also reads it.
                Check(parameters, functionName ?? "", at, problems, checkRootType: parameters.Count > 0);
            }
            else
            {
                problems.InvalidType(at, "an object", schema);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            problems.Error(at.Path, UnexpectedFailure.Describe(exception));
        }

        return problems.ToProblems();
    }

    internal static void Check(JsonObject schema, string functionName, ApiLocation parameters, ProblemList problems, bool checkRootType)
    {
        var context = new SchemaContext(schema, functionName, parameters, problems);
        var rootProblem = ParametersRules.RootTypeProblem(schema);
        if (checkRootType && rootProblem is not null)
        {
            problems.InvalidSchema(functionName, parameters, null, rootProblem);
        }

        var root = SchemaLocation.Root(parameters.Path);
        if (rootProblem is null && schema.ContainsKey("anyOf"))
        {
            problems.InvalidSchema(functionName, parameters, root, "'anyOf' is not permitted.",
                "The root of a strict schema must be one object; put the alternatives inside one of its properties.");
        }

        var limits = new StrictLimits();
        Walk(schema, root, objectDepth: 0, depth: 0, context, limits);
        foreach (var exceeded in limits.Exceeded())
        {
            problems.Error(parameters.Path, exceeded, "Split the function into smaller ones, or move rarely used detail into descriptions.");
        }
    }

    private static void Walk(JsonObject schema, SchemaLocation at, int objectDepth, int depth, SchemaContext context, StrictLimits limits)
    {
        if (depth > SchemaTree.MaxDepth)
        {
            return;
        }

        foreach (var keyword in schema.Select(property => property.Key).Where(key => !StrictKeywords.Permitted.Contains(key)))
        {
            context.Problems.InvalidSchema(context.FunctionName, context.Parameters, at, $"'{keyword}' is not permitted.", StrictKeywords.HintFor(keyword));
        }

        if (JsonKinds.AsString(schema["format"]) is { } format && !StrictKeywords.Formats.Contains(format))
        {
            context.Problems.Warning(at.Key("format").Path, $"strict mode supports only these formats: {string.Join(", ", StrictKeywords.Formats)}; \"{format}\" may be refused",
                "Describe the expected format in \"description\" instead.");
        }

        if (SchemaTree.IsObjectSchema(schema))
        {
            objectDepth++;
            CheckObject(schema, at, objectDepth, context);
            limits.CountObject(schema);
        }

        limits.CountConst(schema);
        if (schema["enum"] is JsonArray values && limits.CountEnum(values) is { } tooLarge)
        {
            context.Problems.Error(at.Key("enum").Path, tooLarge);
        }

        // The branches of an "anyOf" at the root already have an error of their own: that "anyOf" is not permitted.
        var checkTypes = !(depth == 0 && schema.ContainsKey("anyOf"));
        foreach (var child in SchemaTree.Children(schema, at).Where(child => !StrictKeywords.TakesItsSubschemasAlong(child.Keyword)))
        {
            if (child.Node is JsonObject subschema)
            {
                if (checkTypes)
                {
                    CheckHasType(subschema, child.At, context);
                }

                Walk(subschema, child.At, objectDepth, depth + 1, context, limits);
            }
        }
    }

    // A schema that combines others (permitted or not) is judged by its keywords; any other one must say its type.
    private static void CheckHasType(JsonObject schema, SchemaLocation at, SchemaContext context)
    {
        if (!schema.ContainsKey("type") && !new[] { "$ref", "anyOf", "oneOf", "allOf", "not" }.Any(schema.ContainsKey))
        {
            context.Problems.InvalidSchema(context.FunctionName, context.Parameters, at, "schema must have a 'type' key.",
                "Give this schema a \"type\", such as \"string\": in strict mode only a \"$ref\" or an \"anyOf\" may stand without one.");
        }
    }

    private static void CheckObject(JsonObject schema, SchemaLocation at, int objectDepth, SchemaContext context)
    {
        if (objectDepth == StrictLimits.MaxObjectDepth + 1)
        {
            context.Problems.Error(at.Path, $"objects nest {objectDepth} levels deep here; Structured Outputs allows at most {StrictLimits.MaxObjectDepth}",
                "Flatten the structure, or split the function into smaller ones.");
        }

        if (JsonKinds.AsBoolean(schema["additionalProperties"]) != false)
        {
            context.Problems.InvalidSchema(context.FunctionName, context.Parameters, at, "'additionalProperties' is required to be supplied and to be false.",
                "Add \"additionalProperties\": false to this object: strict mode generates only the keys you list.");
        }

        var names = schema["properties"] is JsonObject properties ? properties.Select(property => property.Key).ToList() : [];
        var required = schema["required"] is JsonArray list ? list.Select(JsonKinds.AsString).OfType<string>().ToHashSet() : [];
        var missing = names.Where(name => !required.Contains(name)).ToList();
        if (missing.Count > 0)
        {
            context.Problems.InvalidSchema(context.FunctionName, context.Parameters, at,
                $"'required' is required to be supplied and to be an array including every key in properties. Missing '{missing[0]}'.",
                OptionalHint(missing, (JsonObject)schema["properties"]!));
        }
    }

    // A generated schema can leave hundreds out; the first few say what to do, and the count says how much.
    private const int MissingNamesShown = 5;

    private static string OptionalHint(List<string> missing, JsonObject properties)
    {
        var first = missing[0];
        // A misspelt type has its own error; the example should not repeat the misspelling.
        var declared = properties[first] is JsonObject property ? SchemaTree.DeclaredTypes(property).FirstOrDefault() : null;
        var type = declared is not null && TypeNames.IsValid(declared) ? declared : "string";
        var listed = string.Join(", ", missing.Take(MissingNamesShown).Select(name => $"\"{name}\""));
        var names = missing.Count > MissingNamesShown ? $"{listed} and {missing.Count - MissingNamesShown} more" : listed;
        return $"Strict mode needs every property in \"required\" (missing: {names}). To keep a property optional, list it anyway " +
            $"and let it be null, e.g. \"{first}\": {{\"type\": [\"{type}\", \"null\"]}}; the model then sends null when it has no value.";
    }
}
