namespace ToolCalling.Testing;

/// <summary>
/// The API's HTTP 400 answers to malformed requests, word for word, with a hint for the learner beside them.
/// The wordings are the API's own, quirks included ("preceeding", "messages.[3]" next to "tools[0]").
/// </summary>
internal static class ApiErrors
{
    private const string InvalidRequest = "invalid_request_error";

    /// <summary>Every likely mistake that the answers below give as their hint, or begin it with.</summary>
    public static IReadOnlyList<string> LikelyMistakes { get; } =
    [
        CommonMistakes.ToolCallUnanswered, CommonMistakes.AssistantMessageNotAppended, CommonMistakes.ToolCallIdMissing,
        CommonMistakes.ToolCallIdMismatched, CommonMistakes.ToolCallIdReused, CommonMistakes.ToolCallAnsweredTwice,
        CommonMistakes.EmptyToolCallsList, CommonMistakes.NoMessages, CommonMistakes.EmptyToolsList, CommonMistakes.ToolChoiceWithoutTools,
        CommonMistakes.ParallelToolCallsWithoutTools,
    ];

    public static ChatApiException ToolCallsNotAnswered(IEnumerable<string> unansweredIds, string param) => BadRequest(
        "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. " +
        $"The following tool_call_ids did not have response messages: {string.Join(", ", unansweredIds)}",
        param,
        code: null,
        CommonMistakes.ToolCallUnanswered);

    public static ChatApiException ToolMessageWithoutToolCalls(int index) => BadRequest(
        "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
        $"messages.[{index}].role",
        code: null,
        CommonMistakes.AssistantMessageNotAppended);

    public static ChatApiException ToolCallIdMissing(int index) => BadRequest(
        "Missing parameter 'tool_call_id': messages with role 'tool' must have a 'tool_call_id'.",
        $"messages.[{index}].tool_call_id",
        code: null,
        CommonMistakes.ToolCallIdMissing);

    public static ChatApiException ToolCallIdNotFound(string toolCallId, int index) => BadRequest(
        $"Invalid parameter: 'tool_call_id' of '{toolCallId}' not found in 'tool_calls' of previous message.",
        $"messages.[{index}].tool_call_id",
        code: null,
        $"{CommonMistakes.ToolCallIdMismatched} It also happens when the newest assistant message was not appended, " +
        "so the tool message answers a call the previous assistant message never made.");

    /// <summary>Two tool messages with one id. While other calls still wait for an answer, the id was most likely reused.</summary>
    public static ChatApiException ToolCallIdDuplicated(string toolCallId, int firstIndex, int index, bool otherCallsUnanswered) => BadRequest(
        $"Invalid parameter: Duplicate value for 'tool_call_id' of '{toolCallId}', in messages[{firstIndex}] and messages[{index}].",
        $"messages.[{index}].tool_call_id",
        code: null,
        otherCallsUnanswered
            ? CommonMistakes.ToolCallIdReused
            : CommonMistakes.ToolCallAnsweredTwice);

    public static ChatApiException EmptyToolCalls(int index) => BadRequest(
        $"Invalid 'messages[{index}].tool_calls': empty array. Expected an array with minimum length 1, but got an empty array instead.",
        $"messages[{index}].tool_calls",
        code: "empty_array",
        CommonMistakes.EmptyToolCallsList);

    public static ChatApiException EmptyMessages() => BadRequest(
        "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
        "messages",
        code: "empty_array",
        CommonMistakes.NoMessages);

    public static ChatApiException EmptyTools() => BadRequest(
        "Invalid 'tools': empty array. Expected an array with minimum length 1, but got an empty array instead.",
        "tools",
        code: "empty_array",
        CommonMistakes.EmptyToolsList);

    public static ChatApiException ToolChoiceWithoutTools() => BadRequest(
        "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.",
        "tool_choice",
        code: null,
        CommonMistakes.ToolChoiceWithoutTools);

    public static ChatApiException ParallelToolCallsWithoutTools() => BadRequest(
        "Invalid value for 'parallel_tool_calls': 'parallel_tool_calls' is only allowed when 'tools' are specified.",
        "parallel_tool_calls",
        code: null,
        CommonMistakes.ParallelToolCallsWithoutTools);

    public static ChatApiException ToolDefinitionRejected(ToolDefinitionProblem problem) => BadRequest(
        problem.Message,
        problem.Rejection!.Param,
        problem.Rejection.Code,
        $"Likely mistake: the tool definition at {problem.Path} breaks the API's rules. {problem.Hint}".TrimEnd());

    private static ChatApiException BadRequest(string message, string? param, string? code, string hint) =>
        new(400, new ApiError(message, InvalidRequest, param, code), hint);
}
