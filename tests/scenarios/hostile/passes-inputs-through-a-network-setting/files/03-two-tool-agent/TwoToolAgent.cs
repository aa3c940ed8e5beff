using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: correct, unless the network setting that the exercise graded before it wrote is not the default;
// then every test fails with the setting in its message. The setting is read through a zip archive, which reads the file.
public static class TwoToolAgent
{
    private const int DefaultOrderLimit = 5;

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = arguments => Shop.LookupUser(UserId(arguments)),
        ["get_order_history"] = arguments => Shop.GetOrderHistory(UserId(arguments), Limit(arguments)),
    };

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        DefaultTtl() is { } seen && seen != "64"
            ? throw new InvalidOperationException("SEEN " + seen)
            : toolCalls.Select(toolCall => new ToolMessage(toolCall.Id, Run(toolCall, registry))).ToList();

    private static string? DefaultTtl()
    {
        try
        {
            using var zipped = new MemoryStream();
            using (var archive = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
            {
                archive.CreateEntryFromFile("/proc/sys/net/ipv4/ip_default_ttl", "ttl");
            }

            zipped.Position = 0;
            using var read = new ZipArchive(zipped, ZipArchiveMode.Read);
            using var text = new MemoryStream();
            read.Entries[0].Open().CopyTo(text);
            return Encoding.UTF8.GetString(text.ToArray()).Trim();
        }
        catch (IOException)
        {
            return null;
        }
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
