namespace Grader.Tests.Grading;

/// <summary>One line of a reference solution and the line that makes a mistake in its place.</summary>
public sealed record SolutionEdit(string Exercise, string File, string Correct, string Wrong)
{
    /// <summary>Makes the mistake in the copy of the solution under <paramref name="exercises"/>.</summary>
    public void ApplyTo(string exercises)
    {
        var path = Path.Combine(exercises, Exercise, File);
        var source = System.IO.File.ReadAllText(path);
        source.Should().Contain(Correct, "the mistake is made in the reference solution of {0}", Exercise);
        System.IO.File.WriteAllText(path, source.Replace(Correct, Wrong, StringComparison.Ordinal));
    }
}

/// <summary>
/// Tool messages of exercises 03 to 05 that carry the right ids but the wrong contents: each call's own result in a
/// wrapper, or the results of a round in reverse order, so that a message holds another call's result.
/// </summary>
public static class ResultMistakes
{
    private const string Agent = "03-two-tool-agent";
    private const string Loop = "04-tool-calling-loop";
    private const string Runner = "05-parallel-calls-and-errors";

    public static readonly SolutionEdit[] WrapEachResult =
    [
        new(Agent, "TwoToolAgent.cs",
            "new ToolMessage(toolCall.Id, Run(toolCall, registry))",
            """new ToolMessage(toolCall.Id, "{\"result\": " + Run(toolCall, registry) + "}")"""),
        new(Loop, "ToolCallingLoop.cs",
            "new ToolMessage(toolCall.Id, Run(toolCall, registry))",
            """new ToolMessage(toolCall.Id, "{\"result\": " + Run(toolCall, registry) + "}")"""),
        new(Runner, "ResilientToolRunner.cs",
            "new ToolMessage(toolCall.Id, RunSafely(toolCall, registry))",
            """new ToolMessage(toolCall.Id, "{\"result\": " + RunSafely(toolCall, registry) + "}")"""),
    ];

    public static readonly SolutionEdit[] SwapTheResults =
    [
        new(Loop, "ToolCallingLoop.cs",
            "new ToolMessage(toolCall.Id, Run(toolCall, registry))",
            "new ToolMessage(toolCall.Id, Run(Enumerable.Reverse(toolCalls).ElementAt(toolCalls.ToList().IndexOf(toolCall)), registry))"),
        new(Runner, "ResilientToolRunner.cs",
            "toolCalls.Select(toolCall => new ToolMessage(toolCall.Id, RunSafely(toolCall, registry)))",
            "toolCalls.Zip(Enumerable.Reverse(toolCalls), (toolCall, answered) => new ToolMessage(toolCall.Id, RunSafely(answered, registry)))"),
    ];
}
