using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>One tool call made since the question, with its result once the caller has sent it.</summary>
internal sealed record Exchange(string Name, JsonObject? Arguments, string? Result);

/// <summary>Where the conversation stands: the latest user question and the tool calls made since.</summary>
internal sealed class Progress
{
    private Progress(string question, IReadOnlyList<Exchange> exchanges)
    {
        Question = question;
        Exchanges = exchanges;
    }

    public string Question { get; }

    public IReadOnlyList<Exchange> Exchanges { get; }

    public static Progress Of(IReadOnlyList<ChatMessage> messages)
    {
        var start = messages.Select((message, index) => (message, index)).LastOrDefault(pair => pair.message.Role == "user");
        var since = messages.Skip(start.message is null ? messages.Count : start.index + 1).ToList();
        var results = since.Where(message => message.Role == "tool" && message.ToolCallId is not null)
            .GroupBy(message => message.ToolCallId!)
            .ToDictionary(group => group.Key, group => group.First().Content);
        var exchanges = since.SelectMany(message => message.ToolCalls ?? [])
            .Select(call => new Exchange(call.Function.Name, Arguments(call), results.GetValueOrDefault(call.Id)))
            .ToList();
        return new Progress(start.message?.Content ?? "", exchanges);
    }

    public IEnumerable<Exchange> CallsOf(string toolName) => Exchanges.Where(exchange => exchange.Name == toolName);

    private static JsonObject? Arguments(ToolCall call) =>
        JsonText.TryParse(call.Function.Arguments, out var node, out _) ? node as JsonObject : null;
}
