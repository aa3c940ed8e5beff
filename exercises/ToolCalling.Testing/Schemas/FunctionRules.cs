using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Checks the <c>function</c> object of a tool: its keys, name, description, strict flag and parameters.</summary>
internal static class FunctionRules
{
    private static readonly string[] Known = ["name", "description", "parameters", "strict"];

    public static void Check(JsonObject function, ApiLocation at, ProblemList problems)
    {
        foreach (var key in function.Select(property => property.Key).Where(key => !Known.Contains(key)))
        {
            problems.Unknown(at.Property(key), HintForUnknown(key));
        }

        var name = CheckName(function, at.Property("name"), problems);
        CheckDescription(function, name, at.Property("description"), problems);

        var strict = false;
        if (function["strict"] is { } strictNode)
        {
            strict = JsonKinds.AsBoolean(strictNode) ?? false;
            if (JsonKinds.AsBoolean(strictNode) is null)
            {
                problems.InvalidType(at.Property("strict"), "a boolean", strictNode, "Write true or false without quotes.");
            }
        }

        switch (function["parameters"])
        {
            case null:
                break;
            case JsonObject parameters:
                ParametersRules.Check(parameters, name, at.Property("parameters"), strict, problems);
                break;
            case var other:
                problems.InvalidType(at.Property("parameters"), "an object", other,
                    "\"parameters\" is a JSON Schema object: {\"type\": \"object\", \"properties\": {...}}.");
                break;
        }
    }

    /// <summary>Checks the name and returns it, or an empty string when there is no usable name.</summary>
    private static string CheckName(JsonObject function, ApiLocation at, ProblemList problems)
    {
        if (!function.TryGetPropertyValue("name", out var node))
        {
            problems.Missing(at, "Every function needs a name, such as search_products.");
            return "";
        }

        var name = JsonKinds.AsString(node);
        if (name is null)
        {
            problems.InvalidType(at, "a string", node);
            return "";
        }

        FunctionNameRules.Check(name, at, problems);
        return name;
    }

    private static void CheckDescription(JsonObject function, string name, ApiLocation at, ProblemList problems)
    {
        var node = function["description"];
        if (node is not null && JsonKinds.AsString(node) is null)
        {
            problems.InvalidType(at, "a string", node);
            return;
        }

        DescriptionRules.CheckFunction(JsonKinds.AsString(node), name, at, problems);
    }

    private static string? HintForUnknown(string key) => key switch
    {
        "type" or "properties" or "required" or "additionalProperties" =>
            $"\"{key}\" belongs inside \"parameters\", the JSON Schema of the arguments.",
        "input_schema" or "inputSchema" => "That is another API's name; OpenAI calls the arguments' schema \"parameters\".",
        _ when Spelling.ClosestTo(key, Known) is { } meant => $"Did you mean \"{meant}\"?",
        _ => $"A function may hold only {string.Join(", ", Known.Select(known => $"\"{known}\""))}.",
    };
}
