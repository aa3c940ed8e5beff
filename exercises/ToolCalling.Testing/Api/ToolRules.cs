using System.Text.Json;

namespace ToolCalling.Testing;

/// <summary>
/// The API's checks on each tool definition of a request (the envelope, the function name, strict-mode
/// schemas), answered the way the API answers them. Only problems whose API wording is known are rejected.
/// </summary>
internal static class ToolRules
{
    /// <summary>The API's answer to the first broken tool definition, or null when every definition is accepted.</summary>
    public static ChatApiException? FindViolation(IReadOnlyList<ToolDefinition> tools)
    {
        for (var index = 0; index < tools.Count; index++)
        {
            var definition = JsonSerializer.SerializeToNode(tools[index], WireJson.Options);
            var at = $"$.tools[{index}]";
            var rejected = ToolVerdicts.Shared.Reach(index, WireJson.WriteNode(definition), () => ToolDefinitionValidator.Validate(definition, at)
                .FirstOrDefault(problem => problem.Severity == ProblemSeverity.Error && problem.Rejection is not null));
            if (rejected is not null)
            {
                return ApiErrors.ToolDefinitionRejected(rejected);
            }
        }

        return null;
    }
}
