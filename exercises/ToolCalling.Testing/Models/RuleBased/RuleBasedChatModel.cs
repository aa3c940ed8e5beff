namespace ToolCalling.Testing;

/// <summary>
/// A mock model that "understands" the course's questions with fixed rules, so whole tool-calling loops can run
/// offline and give the same result every time:
/// <list type="bullet">
/// <item>"What's the weather in Tokyo?" or "Compare the weather in Tokyo, London and New York": one get_weather
/// call per city, in parallel and in the order written, then a text answer built from the results.</item>
/// <item>"Is it warmer in Tokyo or London?" and "What is the average temperature of Tokyo, London and New York?":
/// the weather calls first, then one calculate call (such as <c>(22 + 15 + 18) / 3</c>), then the answer.</item>
/// <item>"Convert 30 celsius to fahrenheit": one convert_temperature call, then the answer.</item>
/// <item>Arithmetic such as "What is 15 * 4?": one calculate call, then the answer.</item>
/// <item>Anything else: a plain text answer.</item>
/// </list>
/// It only calls tools the request declares, filling arguments by their usual names (city or location; expression;
/// value, from_unit and to_unit), and it respects tool_choice and parallel_tool_calls. Numbers in its answers come
/// from the tool results. Tool call ids count up per model: call_1, call_2, ...
/// </summary>
public sealed class RuleBasedChatModel : IChatModel
{
    private readonly MockApi _api = new(
        nameof(RuleBasedChatModel),
        "The rule-based model fills the arguments the question calls for, by their usual names (such as city, expression, " +
        "value, from_unit and to_unit), and leaves the others out. Check the names, and what \"required\" lists, in the tools declared.");

    private readonly ResponseFactory _responses = new();

    /// <summary>Every request received so far, copied at the time of the call.</summary>
    public IReadOnlyList<ChatCompletionRequest> Requests => _api.Requests;

    /// <summary>The failures to inject on purpose.</summary>
    public FaultPlan Faults => _api.Faults;

    public Task<ChatCompletionResponse> CompleteAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) =>
        _api.CompleteAsync(request, (copy, _, _) => Task.FromResult(Answer(copy)), cancellationToken);

    private ChatCompletionResponse Answer(ChatCompletionRequest request)
    {
        var plan = new Planner(request).Next();
        return plan.Calls.Count > 0 ? _responses.ToolCalls(request, plan.Calls) : _responses.Text(request, plan.Text);
    }
}
