namespace ToolCalling.Testing;

/// <summary>
/// Rejects a request the way the API does, with the API's HTTP 400 answer: parameters first, then the order of
/// assistant tool calls and tool messages in the conversation.
/// </summary>
internal static class RequestValidator
{
    public static void Validate(ChatCompletionRequest request)
    {
        var failure = CheckTools(request) ?? CheckMessages(request.Messages);
        if (failure is not null)
        {
            throw failure;
        }
    }

    private static ChatApiException? CheckTools(ChatCompletionRequest request)
    {
        if (request.Tools is null)
        {
            return request.ToolChoice is not null ? ApiErrors.ToolChoiceWithoutTools()
                : request.ParallelToolCalls is not null ? ApiErrors.ParallelToolCallsWithoutTools()
                : null;
        }

        return request.Tools.Count == 0 ? ApiErrors.EmptyTools() : ToolRules.FindViolation(request.Tools);
    }

    private static ChatApiException? CheckMessages(IReadOnlyList<ChatMessage> messages)
    {
        if (messages.Count == 0)
        {
            return ApiErrors.EmptyMessages();
        }

        for (var index = 0; index < messages.Count; index++)
        {
            if (messages[index].ToolCalls is { Count: 0 })
            {
                return ApiErrors.EmptyToolCalls(index);
            }

            if (messages[index].Role == "tool" && messages[index].ToolCallId is null)
            {
                return ApiErrors.ToolCallIdMissing(index);
            }
        }

        return CheckToolCallPairing(messages);
    }

    private static ChatApiException? CheckToolCallPairing(IReadOnlyList<ChatMessage> messages)
    {
        // The calls of the latest assistant message, each mapped to the index of the tool message that answered it.
        Dictionary<string, int?>? open = null;
        for (var index = 0; index < messages.Count; index++)
        {
            var message = messages[index];
            if (message.Role == "tool")
            {
                var failure = Answer(open, message.ToolCallId!, index);
                if (failure is not null)
                {
                    return failure;
                }

                continue;
            }

            if (Unanswered(open) is { Count: > 0 } missing)
            {
                return ApiErrors.ToolCallsNotAnswered(missing, $"messages.[{index}].role");
            }

            open = message.Role == "assistant" && message.ToolCalls is { Count: > 0 } calls
                ? calls.DistinctBy(call => call.Id).ToDictionary(call => call.Id, _ => (int?)null)
                : null;
        }

        return Unanswered(open) is { Count: > 0 } stillMissing ? ApiErrors.ToolCallsNotAnswered(stillMissing, "messages") : null;
    }

    private static ChatApiException? Answer(Dictionary<string, int?>? open, string toolCallId, int index)
    {
        if (open is null)
        {
            return ApiErrors.ToolMessageWithoutToolCalls(index);
        }

        if (!open.TryGetValue(toolCallId, out var answeredAt))
        {
            return ApiErrors.ToolCallIdNotFound(toolCallId, index);
        }

        if (answeredAt is int first)
        {
            return ApiErrors.ToolCallIdDuplicated(toolCallId, first, index, otherCallsUnanswered: Unanswered(open).Count > 0);
        }

        open[toolCallId] = index;
        return null;
    }

    private static List<string> Unanswered(Dictionary<string, int?>? open) =>
        open is null ? [] : [.. open.Where(call => call.Value is null).Select(call => call.Key)];
}
