using Exercises;
using ToolCalling;
using ToolCalling.Testing;

namespace Suites.DispatchToolCall;

/// <summary>What the acts share: registries of recording tools, and one tool call sent through the learner's code.</summary>
public static class Dispatch
{
    public static string Run(string id, string name, string arguments, IReadOnlyDictionary<string, ToolFunction> registry) =>
        ToolDispatcher.DispatchToolCall(MockToolCall.Create(id, name, arguments), registry);

    /// <summary>Sends a call to a registry holding one tool that returns <paramref name="result"/>.</summary>
    public static string Returning(object? result) =>
        Run("call_result", "get_result", "{}", Registry(("get_result", new RecordingTool(_ => result))));

    public static Dictionary<string, ToolFunction> Registry(params (string Name, RecordingTool Tool)[] tools) =>
        tools.ToDictionary(tool => tool.Name, tool => tool.Tool.Function);

    /// <summary>How many times each tool ran, by name.</summary>
    public static Dictionary<string, int> Calls(params (string Name, RecordingTool Tool)[] tools) =>
        tools.ToDictionary(tool => tool.Name, tool => tool.Tool.Received.Count);
}
