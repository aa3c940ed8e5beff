namespace Grader.Tests.Grading;

/// <summary>Exercise 02 dispatchers written for tests: correct, after statements of the test's own.</summary>
internal static class DispatcherSources
{
    public static string CorrectAfter(string firstStatements, string members = "") => $$"""
        using System.Text.Json;
        using ToolCalling;

        namespace Exercises;

        public static class ToolDispatcher
        {
            public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
            {
        {{firstStatements}}
                using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
                return registry.TryGetValue(toolCall.Function.Name, out var function)
                    ? JsonSerializer.Serialize(function(arguments.RootElement))
                    : JsonSerializer.Serialize(new { error = $"Unknown function: {toolCall.Function.Name}" });
            }

        {{members}}
        }
        """;
}
