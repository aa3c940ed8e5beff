namespace ToolCalling.Testing.Tests.Support;

/// <summary>What one run of the tool-calling loop produced: the final text, and every response on the way.</summary>
internal sealed record LoopRun(string Answer, IReadOnlyList<ChatCompletionResponse> Responses)
{
    public IReadOnlyList<ToolCall> CallsOfRound(int round) => Responses[round - 1].Choices[0].Message.ToolCalls ?? [];
}

/// <summary>The course's tool-calling loop, written the right way: assistant message first, then one result per call.</summary>
internal static class ToolLoop
{
    public static async Task<LoopRun> RunAsync(IChatModel model, ChatCompletionRequest request, int maxRounds = 6)
    {
        var responses = new List<ChatCompletionResponse>();
        for (var round = 1; round <= maxRounds; round++)
        {
            var response = await model.CompleteAsync(request);
            responses.Add(response);
            if (response.Choices[0].Message.ToolCalls is not { Count: > 0 } calls)
            {
                return new LoopRun(response.Choices[0].Message.Content ?? "", responses);
            }

            request.AppendAssistantMessage(response);
            foreach (var call in calls)
            {
                request.AppendToolMessage(new ToolMessage(call.Id, CourseFunctions.Dispatch(call)));
            }
        }

        throw new InvalidOperationException($"The model still asked for tool calls after {maxRounds} rounds.");
    }
}
