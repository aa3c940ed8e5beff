using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Checks an OpenAI Chat Completions tool definition, <c>{"type": "function", "function": {...}}</c>, the way
/// the API would and the way a careful reviewer would: errors for what the API rejects or the model cannot
/// use, warnings for what makes the model call it badly. It never throws; every finding is a problem, and the errors
/// come before the warnings.
/// </summary>
public static class ToolDefinitionValidator
{
    private static readonly string[] Known = ["type", "function"];

    /// <summary>
    /// Validates one tool. <paramref name="basePath"/> says where it sits, such as <c>$.tools[2]</c> or
    /// <c>tools[2]</c>; messages then name <c>tools[2]</c> as the API does. A lone tool (<c>$</c>) is named
    /// <c>tools[0]</c>, as if it were the first tool of a request.
    /// </summary>
    public static ToolDefinitionProblems Validate(JsonNode? tool, string basePath = "$")
    {
        var problems = new ProblemList();
        var at = ApiLocation.ForTool(string.IsNullOrEmpty(basePath) ? "$" : basePath);
        try
        {
            foreach (var (inObject, key) in JsonRepeatedKeys.Locate(tool, SchemaLocation.Root(at.Path)))
            {
                problems.Error(inObject, $"the key \"{key}\" appears twice in this object",
                    "Remove one copy: JSON readers disagree about which one counts. The API keeps the last, and the other checks read it that way too.");
            }

            CheckTool(JsonRepeatedKeys.LastCopyWins(tool), at, problems);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            problems.Error(at.Path, UnexpectedFailure.Describe(exception));
        }

        return problems.ToProblems();
    }

    /// <summary>
    /// Validates a request's whole <c>tools</c> list, each tool at <c>$[i]</c>. An empty list is an error of its own:
    /// the API rejects it, and a file of no tools is more likely the wrong file than a finished one.
    /// </summary>
    public static ToolDefinitionProblems ValidateAll(JsonArray tools)
    {
        if (tools.Count > 0)
        {
            var problems = new ProblemList();
            for (var index = 0; index < tools.Count; index++)
            {
                problems.AddRange(Validate(tools[index], $"$[{index}]"));
            }

            problems.AddRange(SharedNames(tools));
            return problems.ToProblems();
        }

        var rejection = ApiErrors.EmptyTools();
        var empty = new ToolDefinitionProblem("$", rejection.Error.Message, ProblemSeverity.Error)
        {
            Hint = "Put at least one tool definition in the array; if the request may not call any tool, leave tools out instead.",
            Rejection = new ApiRejection(rejection.Error.Code!, rejection.Error.Param!),
        };
        return new ToolDefinitionProblems([empty], UnlistedProblems.None);
    }

    // Legal as far as the checks above go, but a tool call names only its function: of two tools with one name, the
    // application cannot tell which one the model meant.
    private static IEnumerable<ToolDefinitionProblem> SharedNames(JsonArray tools)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < tools.Count; index++)
        {
            if (JsonKinds.AsString(((tools[index] as JsonObject)?["function"] as JsonObject)?["name"]) is not { } name)
            {
                continue;
            }

            if (!first.TryAdd(name, index))
            {
                yield return new ToolDefinitionProblem($"$[{index}].function.name",
                    $"tools[{index}] has the same name as tools[{first[name]}], \"{name}\": a tool call names only its function, so the two cannot be told apart",
                    ProblemSeverity.Warning)
                {
                    Hint = "Give each tool a name of its own, or merge the two into one tool.",
                };
            }
        }
    }

    /// <summary>
    /// Checks a function name alone against the API's rules (1 to 64 of a-z, A-Z, 0-9, '_' and '-').
    /// <paramref name="path"/> locates it, such as <c>$.messages[1].tool_calls[0].function.name</c>.
    /// </summary>
    public static ToolDefinitionProblems ValidateName(string? name, string path)
    {
        var problems = new ProblemList();
        FunctionNameRules.Check(name, ApiLocation.ForPath(path ?? "$"), problems);
        return problems.ToProblems();
    }

    private static void CheckTool(JsonNode? tool, ApiLocation at, ProblemList problems)
    {
        if (tool is not JsonObject definition)
        {
            problems.InvalidType(at, "an object", tool, "A tool is an object: {\"type\": \"function\", \"function\": {...}}.");
            return;
        }

        var misplaced = MisplacedFunction.In(definition);
        foreach (var key in definition.Select(property => property.Key).Where(key => !Known.Contains(key)))
        {
            problems.Unknown(at.Property(key), (misplaced, MisplacedFunction.IsMisplaced(key)) switch
            {
                (not null, true) => misplaced.HintFor(key),
                (null, true) when definition["function"] is JsonObject => $"Move \"{key}\" inside \"function\": a tool holds only \"type\" and \"function\".",
                _ => "A tool holds only \"type\" and \"function\".",
            });
        }

        CheckType(definition, at.Property("type"), problems);
        switch (definition["function"])
        {
            case JsonObject function:
                FunctionRules.Check(function, at.Property("function"), problems);
                break;
            case null when !definition.ContainsKey("function"):
                problems.Missing(at.Property("function"),
                    misplaced?.HintForMissingFunction() ?? "Describe the function in \"function\": {\"name\": ..., \"description\": ..., \"parameters\": ...}.");
                break;
            case var other:
                problems.InvalidType(at.Property("function"), "an object", other);
                break;
        }
    }

    private static void CheckType(JsonObject definition, ApiLocation at, ProblemList problems)
    {
        if (!definition.TryGetPropertyValue("type", out var node))
        {
            problems.Missing(at, "Add \"type\": \"function\" at the top level of the tool.");
            return;
        }

        var type = JsonKinds.AsString(node);
        if (type is null)
        {
            problems.InvalidType(at, "a string", node, "Write \"type\": \"function\".");
        }
        else if (type == "custom")
        {
            problems.Error(at.Path, "custom tools take free-form text, not JSON arguments, and are outside what this course checks",
                "Use \"type\": \"function\".");
        }
        else if (type != "function")
        {
            var hint = string.Equals(type.TrimEnd('s'), "function", StringComparison.OrdinalIgnoreCase)
                ? "Write exactly \"function\": singular and in lower case."
                : "Function tools use \"type\": \"function\".";
            problems.InvalidToolType(at, type, hint);
        }
    }
}
