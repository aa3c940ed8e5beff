using System.Text.RegularExpressions;

namespace ToolCalling.Testing;

/// <summary>
/// The API's checks on each tool definition of a request: the envelope, the function name, and strict-mode schemas.
/// This is the one place the mock API asks; for now it checks the function name only, and it is meant to hand
/// the whole job to ToolDefinitionValidator once that exists.
/// </summary>
internal static partial class ToolRules
{
    private const int MaxNameLength = 64;

    /// <summary>The API's answer to the first broken tool definition, or null when every definition is accepted.</summary>
    public static ChatApiException? FindViolation(IReadOnlyList<ToolDefinition> tools)
    {
        for (var index = 0; index < tools.Count; index++)
        {
            var name = tools[index].Function.Name;
            if (!NamePattern().IsMatch(name))
            {
                return ApiErrors.FunctionNameBreaksPattern(index);
            }

            if (name.Length > MaxNameLength)
            {
                return ApiErrors.FunctionNameTooLong(index, name.Length);
            }
        }

        return null;
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]+$")]
    private static partial Regex NamePattern();
}
