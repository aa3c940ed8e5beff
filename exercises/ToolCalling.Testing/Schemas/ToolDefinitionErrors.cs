using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// The OpenAI API's own error wordings for tool definitions, as its 400 responses phrase them, so that
/// a learner meets here the same sentence the real API would send. Each one also records the API's
/// error code and parameter name.
/// </summary>
internal static class ToolDefinitionErrors
{
    public const string NamePattern = "^[a-zA-Z0-9_-]+$";
    public const int NameMaxLength = 64;

    public static void Missing(this ProblemList problems, ApiLocation at, string? hint = null) =>
        problems.Error(at.Path, $"Missing required parameter: '{at.Param}'.", hint, new ApiRejection("missing_required_parameter", at.Param));

    public static void Unknown(this ProblemList problems, ApiLocation at, string? hint = null) =>
        problems.Error(at.Path, $"Unknown parameter: '{at.Param}'.", hint, new ApiRejection("unknown_parameter", at.Param));

    public static void InvalidType(this ProblemList problems, ApiLocation at, string expected, JsonNode? found, string? hint = null) =>
        problems.Error(at.Path, $"Invalid type for '{at.Param}': expected {expected}, but got {JsonKinds.ApiName(found)} instead.",
            hint, new ApiRejection("invalid_type", at.Param));

    public static void InvalidToolType(this ProblemList problems, ApiLocation at, string value, string? hint = null) =>
        problems.Error(at.Path, $"Invalid value: '{value}'. Supported values are: 'function' and 'custom'.",
            hint, new ApiRejection("invalid_value", at.Param));

    public static void EmptyName(this ProblemList problems, ApiLocation at) =>
        problems.Error(at.Path, $"Invalid '{at.Param}': empty string. Expected a string with minimum length 1, but got an empty string instead.",
            "Give the function a name such as search_products.", new ApiRejection("empty_string", at.Param));

    public static void NameTooLong(this ProblemList problems, ApiLocation at, int length) =>
        problems.Error(at.Path,
            $"Invalid '{at.Param}': string too long. Expected a string with maximum length {NameMaxLength}, but got a string with length {length} instead.",
            "Shorten the name; the description is the place for details.", new ApiRejection("string_above_max_length", at.Param));

    public static void NameMismatch(this ProblemList problems, ApiLocation at, string? hint) =>
        problems.Error(at.Path,
            $"Invalid '{at.Param}': string does not match pattern. Expected a string that matches the pattern '{NamePattern}'.",
            hint, new ApiRejection("invalid_value", at.Param));

    /// <summary>
    /// "Invalid schema for function 'f': In context=('properties', 'x'), ..." — the API's form for every
    /// problem inside <c>parameters</c>; <paramref name="context"/> null leaves out the "In context" part.
    /// </summary>
    public static void InvalidSchema(this ProblemList problems, string functionName, ApiLocation parameters,
        SchemaLocation? context, string detail, string? hint = null)
    {
        var where = context is null ? "" : $"In context={context.ContextText}, ";
        problems.Error(context?.Path ?? parameters.Path, $"Invalid schema for function '{functionName}': {where}{detail}",
            hint, new ApiRejection("invalid_function_parameters", parameters.Param));
    }

    /// <summary>The detail the API gives when <c>parameters</c> is not an object schema.</summary>
    public static string RootNotObject(JsonNode? type) =>
        $"schema must be a JSON Schema of 'type: \"object\"', got 'type: \"{TypeText(type)}\"'.";

    // The API renders a missing type the way Python prints None.
    private static string TypeText(JsonNode? type) => type is null ? "None" : JsonKinds.AsString(type) ?? JsonKinds.Show(type);
}
