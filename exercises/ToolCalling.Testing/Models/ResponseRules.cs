using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Refuses a mock response that the real API would never send for this request: tool calls that do not fit the
/// declared tools and their schemas, or that ignore tool_choice and parallel_tool_calls. Such a response fails loudly
/// instead of reaching the code under test: either the declared tools or the test's own script is wrong.
/// </summary>
internal static class ResponseRules
{
    /// <summary>Every likely mistake that a refusal gives as its hint.</summary>
    public static IReadOnlyList<string> LikelyMistakes { get; } = [CommonMistakes.OptionalArgumentRequired];

    public static void Check(ChatCompletionRequest request, ChatCompletionResponse response, string source, string advice)
    {
        var problems = FindProblems(request, response).ToList();
        if (problems.Count > 0)
        {
            // A model leaves out the arguments a question does not call for: when the declared schema requires one of
            // those, the schema is what stops the answer.
            var hint = problems.Any(problem => problem.RequiredArgumentMissing) ? CommonMistakes.OptionalArgumentRequired : null;
            throw new MockResponseRefusedException(
                $"{source} gave a response the API would never send for this request:\n" +
                string.Join("\n", problems.Select(problem => $"- {problem.Text}")) + $"\n{advice}", hint);
        }
    }

    private sealed record Problem(string Text, bool RequiredArgumentMissing = false)
    {
        public static implicit operator Problem(string text) => new(text);
    }

    private static IEnumerable<Problem> FindProblems(ChatCompletionRequest request, ChatCompletionResponse response)
    {
        if (response.Choices.Count == 0)
        {
            yield return "it has no choices";
            yield break;
        }

        var message = response.Choices[0].Message;
        if (message.Role != "assistant")
        {
            yield return $"its message has role \"{message.Role}\" instead of \"assistant\"";
        }

        var calls = message.ToolCalls ?? [];
        var choice = request.ToolChoice;
        if (calls.Count == 0)
        {
            if (choice == ToolChoice.Required || choice?.FunctionName is not null)
            {
                yield return $"it answers with text, but tool_choice is {choice} and forces a tool call";
            }

            yield break;
        }

        foreach (var problem in CallProblems(request, response.Choices[0], calls))
        {
            yield return problem;
        }
    }

    private static IEnumerable<Problem> CallProblems(ChatCompletionRequest request, ChatChoice choice, List<ToolCall> calls)
    {
        if (choice.FinishReason != "tool_calls")
        {
            yield return $"it calls tools but its finish_reason is \"{choice.FinishReason}\" instead of \"tool_calls\"";
        }

        if (request.ToolChoice == ToolChoice.None)
        {
            yield return "it calls tools, but tool_choice is none";
        }

        if (request.ParallelToolCalls == false && calls.Count > 1)
        {
            yield return $"it makes {calls.Count} tool calls, but parallel_tool_calls is false";
        }

        foreach (var duplicate in calls.GroupBy(call => call.Id).Where(group => group.Count() > 1))
        {
            yield return $"the id \"{duplicate.Key}\" is used by {duplicate.Count()} tool calls";
        }

        foreach (var call in calls)
        {
            foreach (var problem in CallProblems(request, call))
            {
                yield return problem with { Text = $"tool call \"{call.Id}\" ({call.Function.Name}): {problem.Text}" };
            }
        }
    }

    private static IEnumerable<Problem> CallProblems(ChatCompletionRequest request, ToolCall call)
    {
        if (string.IsNullOrEmpty(call.Id) || call.Type != "function")
        {
            yield return "a tool call needs an id and the type \"function\"";
        }

        if (request.ToolChoice?.FunctionName is { } forced && call.Function.Name != forced)
        {
            yield return $"tool_choice forces the function {forced}";
        }

        var declared = request.Tools?.FirstOrDefault(tool => tool.Function.Name == call.Function.Name);
        if (declared is null)
        {
            yield return "the request declares no function of that name";
            yield break;
        }

        if (!JsonText.TryParse(call.Function.Arguments, out var arguments, out var error) || arguments is not JsonObject)
        {
            yield return $"the arguments must be a JSON object, but {(arguments is null ? error : "they are not an object")}";
            yield break;
        }

        foreach (var violation in SchemaViolations(declared, arguments))
        {
            yield return new Problem($"the arguments break the declared schema at {violation}", violation.MissingProperty is not null);
        }
    }

    private static IEnumerable<SchemaViolation> SchemaViolations(ToolDefinition declared, JsonNode arguments) =>
        declared.Function.Parameters is { } schema ? SchemaValidator.For(schema).Validate(arguments) : [];
}
