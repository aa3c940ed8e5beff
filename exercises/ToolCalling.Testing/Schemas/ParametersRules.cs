using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Checks a function's <c>parameters</c>: an object schema, valid as JSON Schema, free of loops that a
/// validator would follow for ever, with described properties, within strict mode's rules when they apply,
/// and loadable by <see cref="SchemaValidator"/>.
/// </summary>
internal static class ParametersRules
{
    public static void Check(JsonObject parameters, string functionName, ApiLocation at, bool strict, ProblemList problems)
    {
        if (parameters.Count == 0)
        {
            // OpenAI reads {} as "no arguments"; some OpenAI-compatible servers reject it.
            problems.Warning(at.Path, "\"parameters\" is an empty schema, {}, which not every OpenAI-compatible API accepts",
                "For a function without arguments, leave \"parameters\" out, or write {\"type\": \"object\", \"properties\": {}}.");
            return;
        }

        // Every other rule walks the whole schema, some of them several times; this walk stops at the limit.
        if (SchemaCount.FirstProblem(parameters) is { } tooMany)
        {
            problems.Error(at.Path + tooMany.Path[1..], tooMany.Message, tooMany.Hint);
            return;
        }

        var errorsBefore = problems.ErrorCount;
        if (RootTypeProblem(parameters) is { } rootProblem)
        {
            problems.InvalidSchema(functionName, at, null, rootProblem,
                "The arguments of a function are always an object: {\"type\": \"object\", \"properties\": {...}}.");
        }

        SchemaRules.Check(parameters, new SchemaContext(parameters, functionName, at, problems));
        CheckInPlaceChains(parameters, at, problems);
        DescriptionRules.CheckProperties(parameters, SchemaLocation.Root(at.Path), problems);
        if (strict)
        {
            StrictSchemaRules.Check(parameters, functionName, at, problems, checkRootType: false);
        }

        // Run only on an otherwise clean schema: on a broken one the library's message would repeat
        // a problem already reported above, in its own less readable words.
        if (problems.ErrorCount == errorsBefore)
        {
            CheckLoadable(parameters, at, problems);
        }
    }

    /// <summary>The API's complaint when the schema is not of type "object", or null when it is.</summary>
    public static string? RootTypeProblem(JsonObject parameters) =>
        JsonKinds.AsString(parameters["type"]) == "object"
            ? null
            : ToolDefinitionErrors.RootNotObject(parameters.TryGetPropertyValue("type", out var type) ? type ?? JsonValue.Create("null") : null);

    // A loop of "$ref"s alone is already reported where each "$ref" is checked, in words of its own.
    private static void CheckInPlaceChains(JsonObject parameters, ApiLocation at, ProblemList problems)
    {
        foreach (var hazard in InPlaceChains.Find(parameters, at.Path).Where(hazard => !hazard.OnlyReferences))
        {
            problems.Error(hazard.Path, hazard.Message, hazard.Hint);
        }
    }

    private static void CheckLoadable(JsonObject parameters, ApiLocation at, ProblemList problems)
    {
        if (LoadProblems.Of(parameters, at.Path) is { } problem)
        {
            const string why = "The tests check the model's arguments against this schema, so it has to load.";
            problems.Error(at.Path, $"the schema library the tests use (NJsonSchema) cannot load these parameters: {problem.Reason}",
                problem.SaysWhatToDo
                    ? why
                    : why + " Common causes: a \"$ref\" that only points at itself, or a schema written as true or false where an object is expected (write {} instead).");
        }
    }
}
