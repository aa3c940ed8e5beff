using System.Text.Json;
using System.Text.Json.Nodes;
using Exercises;
using ToolCalling;
using ToolCalling.Testing;

namespace Suites.TwoToolAgent;

/// <summary>What get_order_history did without a limit: its result, or what it threw and whether it works when given a limit.</summary>
public sealed record WithoutLimit(JsonNode? Result, string? ExceptionType, string? ExceptionMessage, bool WorksWithALimit);

/// <summary>What the acts share: mock tool calls, registries of their own, and the learner's two entry points.</summary>
public static class Agent
{
    public static IToolCall Call(string id, string name, string arguments = "{}") => MockToolCall.Create(id, name, arguments);

    public static IReadOnlyList<ToolMessage> Process(IReadOnlyDictionary<string, ToolFunction> registry, params IToolCall[] calls) =>
        Exercises.TwoToolAgent.ProcessToolCalls(calls, registry);

    public static IReadOnlyDictionary<string, ToolFunction> ShopRegistry() => Exercises.TwoToolAgent.Registry;

    public const string MissingTool = "The Registry has no tool named";

    /// <summary>Runs one tool of the learner's Registry on parsed arguments and returns its result as JSON.</summary>
    public static JsonNode? RunShopTool(string name, string arguments)
    {
        var registry = Exercises.TwoToolAgent.Registry;
        if (registry is null || !registry.TryGetValue(name, out var tool))
        {
            throw new KeyNotFoundException($"{MissingTool} \"{name}\".");
        }

        using var parsed = JsonDocument.Parse(arguments);
        var result = tool(parsed.RootElement);
        return result is null ? null : JsonSerializer.SerializeToNode(result, result.GetType());
    }

    /// <summary>
    /// Runs get_order_history without a limit. When it throws, the same call is tried with a limit, so that the check can
    /// tell a limit treated as required from any other reason to throw.
    /// </summary>
    public static WithoutLimit RunWithoutLimit(string userId)
    {
        try
        {
            return new WithoutLimit(RunShopTool("get_order_history", new JsonObject { ["user_id"] = userId }.ToJsonString()), null, null, false);
        }
        catch (Exception thrown) when (thrown is not (NotImplementedException or OutOfMemoryException))
        {
            var exception = thrown is TypeInitializationException { InnerException: { } inner } ? inner : thrown;
            return new WithoutLimit(null, exception.GetType().FullName, Teaching.Shorten(exception.Message), WorksWithALimit(userId));
        }
    }

    private static bool WorksWithALimit(string userId)
    {
        try
        {
            RunShopTool("get_order_history", new JsonObject { ["user_id"] = userId, ["limit"] = 5 }.ToJsonString());
            return true;
        }
        catch (Exception thrown) when (thrown is not (NotImplementedException or OutOfMemoryException))
        {
            return false;
        }
    }

    /// <summary>The registry the course's visible tests use: a weather tool that reads its city, and a clock.</summary>
    public static Dictionary<string, ToolFunction> WeatherAndTime() => new()
    {
        ["get_weather"] = arguments => new JsonObject
        {
            ["city"] = arguments.GetProperty("city").GetString(),
            ["temperature"] = arguments.GetProperty("city").GetString()!.Length * 3,
        },
        ["get_time"] = _ => "09:30",
    };

    public static Dictionary<string, ToolFunction> Registry(params (string Name, RecordingTool Tool)[] tools) =>
        tools.ToDictionary(tool => tool.Name, tool => tool.Tool.Function);
}
