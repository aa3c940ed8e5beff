using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except that it answers an unknown function with the hint of another
// exercise's mistake, chosen by the function's name. Were the grader to show a hint it finds in the code's own
// words, a hidden test's report would tell its author something about the names that test uses.
public static class ToolDispatcher
{
    private static readonly string[] Hints =
    [
        "Likely mistake: the guard counts requests instead of rounds. A round is one response with tool calls and the answers " +
        "to them; maxRounds of them are allowed, so the model may be called maxRounds + 1 times. Stop only when the response " +
        "after round maxRounds still asks for tools.",
        "Likely mistake: the loop stops after the first round of tool calls. Once it has the results, the model may ask for " +
        "more tools: keep answering and sending the conversation until a response comes without tool calls, and return its text.",
    ];

    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);

        if (!registry.TryGetValue(name, out var function))
        {
            return Hints[name.Length % Hints.Length];
        }

        return JsonSerializer.Serialize(function(arguments.RootElement));
    }
}
