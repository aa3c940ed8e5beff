using System.Text.Json;
using System.Xml;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: correct, unless a private static field of XmlConvert still holds what the exercise graded before
// it wrote there; then every test fails with it in its message.
public static class TwoToolAgent
{
    private const int DefaultOrderLimit = 5;

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = arguments => Shop.LookupUser(UserId(arguments)),
        ["get_order_history"] = arguments => Shop.GetOrderHistory(UserId(arguments), Limit(arguments)),
    };

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        Earlier() is { } seen && seen.Contains("SEEN")
            ? throw new InvalidOperationException(seen)
            : toolCalls.Select(toolCall => new ToolMessage(toolCall.Id, Run(toolCall, registry))).ToList();

    private static string? Earlier()
    {
        var resolver = new DefaultContractResolver();
        Newtonsoft.Json.JsonConvert.PopulateObject("""{"DefaultMembersSearchFlags": 60}""", resolver);
        var settings = new Newtonsoft.Json.JsonSerializerSettings
        {
            ContractResolver = resolver,
            ReferenceLoopHandling = Newtonsoft.Json.ReferenceLoopHandling.Ignore,
            Error = (_, error) => error.ErrorContext.Handled = true,
        };
        return JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(new XmlConvert(), settings))["s_allDateTimeFormats"]?.ToString();
    }

    private static string Run(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (!registry.TryGetValue(name, out var function))
        {
            return JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
        }

        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return JsonSerializer.Serialize(function(arguments.RootElement));
    }

    private static string UserId(JsonElement arguments) => arguments.GetProperty("user_id").GetString()!;

    private static int Limit(JsonElement arguments) =>
        arguments.TryGetProperty("limit", out var limit) ? limit.GetInt32() : DefaultOrderLimit;
}
