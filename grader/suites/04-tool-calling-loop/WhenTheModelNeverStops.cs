using Grader.Suites;
using ToolCalling.Testing;
using static Suites.ToolLoop.Conversations;

namespace Suites.ToolLoop;

[Graded(2, "After maxRounds rounds, a response that still asks for tools ends the loop with an InvalidOperationException saying \"after <maxRounds> rounds\" (step 6).",
    Visibility = Visibility.Visible)]
public sealed class Endless_model_is_stopped_after_max_rounds : HiddenTest
{
    public override object? Act() => Run(Endless(), Ask("Weather in Lima?"), maxRounds: 2);

    public override void Check(Produced produced)
    {
        var run = Read(produced);
        Guard.Require(run, 2);
        RequireRequests(run, 3, "Two rounds are answered; the third response still asks for tools, so the loop stops there.",
            MaxRoundsHints.WhenOneOff(run.Requests.Count, 3));
    }
}

[Graded(2, "Without a maxRounds argument the loop answers at most 5 rounds (step 6).")]
public sealed class Default_max_rounds_is_five : HiddenTest
{
    public override object? Act() => Run(Endless(), Ask("Weather in Lima?"));

    public override void Check(Produced produced)
    {
        var run = Read(produced);
        Guard.Require(run, 5);
        RequireRequests(run, 6, "Five rounds are answered; the sixth response still asks for tools, so the loop stops there.",
            MaxRoundsHints.WhenOneOff(run.Requests.Count, 6));
    }
}

[Graded(1, "The tool calls of the response that comes after the last allowed round are not run (step 6).")]
public sealed class Calls_after_the_last_allowed_round_are_not_run : HiddenTest
{
    public override object? Act() => Run(Endless(), Ask("Weather in Lima?"), maxRounds: 3);

    public override void Check(Produced produced)
    {
        var run = Read(produced);
        Guard.Require(run, 3);
        Lesson.Require(run.FunctionRuns.Count == 3, "With maxRounds 3, only the calls of the first three rounds may run.",
            "3 function runs", Teaching.Count(run.FunctionRuns.Count, "function run"), MaxRoundsHints.WhenOneOff(run.FunctionRuns.Count, 3));
    }
}

[Graded(2, "A conversation that needs exactly maxRounds rounds still gets its answer (step 6).")]
public sealed class Conversation_of_exactly_max_rounds_succeeds : HiddenTest
{
    public override object? Act() => Run(
        new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }))
            .RespondWithToolCalls(("get_weather", new { city = "London" }))
            .RespondWithToolCalls(("calculate", new { expression = "22 - 15" }))
            .RespondWithText("Tokyo is 7 degrees warmer."),
        Ask("Is it warmer in Tokyo or London?"),
        maxRounds: 3);

    public override void Check(Produced produced)
    {
        var stoppedEarly = Read(produced).Failure?.Contains("after 3 rounds", StringComparison.Ordinal) == true;
        var run = Finished(produced, stoppedEarly ? CommonMistakes.MaxRoundsCountsRequests : null);
        RequireRequests(run, 4, "Three rounds, then the text: with maxRounds 3 all of it is allowed.");
        RequireAnswer(run, "Tokyo is 7 degrees warmer.");
    }
}

[Graded(1, "The cancellation token is passed to every CompleteAsync call, so a cancelled token ends the loop with an OperationCanceledException (step 7).")]
public sealed class Cancelled_token_ends_the_loop : HiddenTest
{
    public override object? Act() => RunCancelled();

    public override void Check(Produced produced)
    {
        var run = Read(produced);
        Lesson.Require(run.Failure?.StartsWith("System.OperationCanceledException", StringComparison.Ordinal) == true
                || run.Failure?.StartsWith("System.Threading.Tasks.TaskCanceledException", StringComparison.Ordinal) == true,
            "With a cancelled token, the loop must end with an OperationCanceledException: pass cancellationToken to CompleteAsync.",
            "OperationCanceledException", run.Failure ?? $"no exception; the loop returned {Teaching.Quote(run.Answer)}",
            CancellationHints.For(run.Failure, run.Requests.Count));
    }

    private static async Task<LoopRun> RunCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        return await Run(new ScriptedChatModel().RespondWithText("Too late."), Ask("Hi"), cancellationToken: cancelled.Token);
    }
}

/// <summary>The check every max-rounds test shares.</summary>
public static class Guard
{
    public static void Require(LoopRun run, int maxRounds) =>
        Lesson.Require(
            run.Failure?.StartsWith("System.InvalidOperationException: ", StringComparison.Ordinal) == true
                && run.Failure.Contains($"after {maxRounds} rounds", StringComparison.Ordinal),
            $"With maxRounds {maxRounds}, a model that still asks for tools after round {maxRounds} must stop the loop " +
            $"with an InvalidOperationException whose message contains \"after {maxRounds} rounds\".",
            $"InvalidOperationException: ... after {maxRounds} rounds ...",
            run.Failure ?? $"no exception; the loop returned {Teaching.Quote(run.Answer)}",
            MaxRoundsHints.WhenGuardCaught(run.Failure is not null, run.Answer, run.Requests.Count, maxRounds + 1, EndlessGivesUpAfter));
}
