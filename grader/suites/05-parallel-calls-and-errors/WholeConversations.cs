using Grader.Suites;
using ToolCalling.Testing;
using static Suites.ParallelCallsAndErrors.Observations;

namespace Suites.ParallelCallsAndErrors;

[Graded(2, "All calls of one response are answered in the same round: the assistant message, then every tool message, then the next request (What to build, 2).",
    Visibility = Visibility.Visible)]
public sealed class Parallel_calls_are_answered_in_one_round : HiddenTest
{
    public override object? Act() => Converse(new RuleBasedChatModel(), Ask("Compare the weather in Tokyo, London, and New York"));

    public override void Check(Produced produced)
    {
        var run = Finished(produced);
        RequireRequests(run, 2, "Three parallel weather calls in one round, then the text.");
        RequireConversation(run, 2, "user", "assistant calling call_1, call_2, call_3", "tool answering call_1", "tool answering call_2", "tool answering call_3");
        RequireAnswer(run, "Here is the current weather. Tokyo: 22°C, sunny. London: 15°C, cloudy. New York: 18°C, windy.");
    }
}

[Graded(2, "A tool error goes to the model as that call's result, and the conversation goes on to the final text (What to build, 2).")]
public sealed class Tool_error_reaches_the_model_and_the_conversation_goes_on : HiddenTest
{
    public override object? Act() => Converse(
        new ScriptedChatModel().RespondWithToolCalls(("get_forecast", new { city = "London" })).RespondWithText("The forecast is not available right now."),
        Ask("What is tomorrow's forecast for London?"));

    public override void Check(Produced produced)
    {
        var run = Finished(produced, CommonMistakes.ToolExceptionEscapes);
        RequireRequests(run, 2, "Round 1 gets the error result, then the model answers with text.",
            FaultHints.ForFailingCallAnsweredByTheLoop(run.Requests.Count, run.Answer));
        RequireConversation(run, 2, "user", "assistant calling call_1", "tool answering call_1");
        RequireError(run.Results.GetValueOrDefault("call_1"), "The forecast service is down for maintenance.", "The result sent for the failing call");
        RequireAnswer(run, "The forecast is not available right now.");
    }
}

[Graded(2, "Parallel calls are all answered in the same round even when one of them fails (What to build, 1 and 2).")]
public sealed class Parallel_calls_with_one_failure_are_all_answered_in_one_round : HiddenTest
{
    public override object? Act() => Converse(new RuleBasedChatModel(), Ask("Compare the weather in Tokyo, Atlantis and London"));

    public override void Check(Produced produced)
    {
        var run = Finished(produced, CommonMistakes.ToolExceptionEscapes);
        RequireRequests(run, 2, "Three parallel weather calls in one round, one of them failing, then the text.",
            FaultHints.ForFailingCallAnsweredByTheLoop(run.Requests.Count, run.Answer));
        RequireAnswer(run, "Here is the current weather. Tokyo: 22°C, sunny. Atlantis: no data (Unknown city: Atlantis). London: 15°C, cloudy.");
    }
}

[Graded(2, "Broken arguments from the model are answered with the invalid-arguments error; the model asks again and the conversation ends with its text (What to build, 1 and 2).")]
public sealed class Malformed_arguments_from_the_model_are_answered_and_retried : HiddenTest
{
    public override object? Act()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.MalformedArguments);
        return Converse(model, Ask("What's the weather in Nairobi?"));
    }

    public override void Check(Produced produced)
    {
        var run = Finished(produced, CommonMistakes.ArgumentsParsedOutsideTry);
        RequireRequests(run, 3, "Round 1 gets the error, round 2 asks again with valid arguments, then the text.",
            FaultHints.ForMalformedArgumentsAnsweredByTheLoop(run.Requests.Count, run.Answer));
        RequireErrorStartingWith(run.Results.GetValueOrDefault("call_1"), "Invalid arguments for get_weather", "The result sent for the broken call");
        RequireAnswer(run, "Here is the current weather. Nairobi: 24°C, clear.");
    }
}

[Graded(1, "Arguments of the wrong type make the function throw, and that exception becomes an error result (What to build, 1 and 2).")]
public sealed class Wrong_argument_types_become_an_error_result : HiddenTest
{
    public override object? Act()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.WrongArgumentTypes);
        return Converse(model, Ask("What's the weather in London?"));
    }

    public override void Check(Produced produced)
    {
        var run = Finished(produced, CommonMistakes.ToolExceptionEscapes);
        RequireRequests(run, 3, "Round 1 gets the error, round 2 asks again with valid arguments, then the text.",
            FaultHints.ForFailingCallAnsweredByTheLoop(run.Requests.Count, run.Answer));
        ErrorResults.RequireAny(run.Results.GetValueOrDefault("call_1"),
            "The function threw for arguments of the wrong type, so the result sent for that call must be {\"error\": \"<the exception's Message>\"}.");
        RequireAnswer(run, "Here is the current weather. London: 15°C, cloudy.");
    }
}

[Graded(1, "A function the model invents is answered with the unknown-function error; the model asks again and the conversation ends with its text (What to build, 1 and 2).")]
public sealed class Unknown_function_from_the_model_is_answered_and_retried : HiddenTest
{
    public override object? Act()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.UnknownFunction("get_current_weather"));
        return Converse(model, Ask("What's the weather in Tokyo?"));
    }

    public override void Check(Produced produced)
    {
        var run = Finished(produced, CommonMistakes.UnknownFunctionNotHandled);
        RequireRequests(run, 3, "Round 1 gets the unknown-function error, round 2 asks for get_weather instead, then the text.",
            FaultHints.ForFailingCallAnsweredByTheLoop(run.Requests.Count, run.Answer));
        RequireError(run.Results.GetValueOrDefault("call_1"), "Unknown function: get_current_weather", "The result sent for the invented function",
            CommonMistakes.UnknownFunctionNotHandled);
        RequireAnswer(run, "Here is the current weather. Tokyo: 22°C, sunny.");
    }
}

[Graded(1, "Errors of the model itself, such as an HTTP 503 from CompleteAsync, pass through to the caller unchanged (What to build, 2).")]
public sealed class Model_errors_reach_the_caller : HiddenTest
{
    public override object? Act()
    {
        var model = new RuleBasedChatModel();
        model.Faults.OnCall(2, Fault.ServiceUnavailable);
        return Converse(model, Ask("What's the weather in Tokyo?"));
    }

    public override void Check(Produced produced)
    {
        var run = Failed(produced);
        Lesson.Require(run.Failure?.StartsWith("ToolCalling.Testing.ChatApiException: HTTP 503", StringComparison.Ordinal) == true,
            "A failing model call is not a tool error: RunConversationAsync must let the ChatApiException through.",
            "ChatApiException: HTTP 503 ...", run.Failure ?? $"no exception; the loop returned {Teaching.Quote(run.Answer)}",
            run.Failure is null ? FaultHints.ForSwallowedModelError([.. run.Requests.Select(request => request.Count)]) : BlockingHints.For(run.Failure));
    }
}

[Graded(1, "After maxRounds rounds, a response that still asks for tools ends the loop with an InvalidOperationException saying \"after <maxRounds> rounds\" (What to build, 2).")]
public sealed class Endless_model_is_stopped_after_max_rounds : HiddenTest
{
    public override object? Act() => Converse(Endless(), Ask("Weather in Nairobi?"), maxRounds: 3);

    public override void Check(Produced produced)
    {
        var run = Failed(produced);
        Lesson.Require(run.Failure?.StartsWith("System.InvalidOperationException: ", StringComparison.Ordinal) == true
                && run.Failure.Contains("after 3 rounds", StringComparison.Ordinal),
            "With maxRounds 3, a model that still asks for tools after round 3 must stop the loop with an InvalidOperationException " +
            "whose message contains \"after 3 rounds\".",
            "InvalidOperationException: ... after 3 rounds ...", run.Failure ?? $"no exception; the loop returned {Teaching.Quote(run.Answer)}",
            MaxRoundsHints.WhenGuardCaught(run.Failure is not null, run.Answer, run.Requests.Count, 4, EndlessGivesUpAfter));
        RequireRequests(run, 4, "Three rounds are answered; the fourth response still asks for tools, so the loop stops there.",
            MaxRoundsHints.WhenOneOff(run.Requests.Count, 4));
    }
}
