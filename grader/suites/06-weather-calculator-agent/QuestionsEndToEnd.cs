using Grader.Suites;
using ToolCalling.Testing;
using static Suites.WeatherCalculator.Observations;

namespace Suites.WeatherCalculator;

[Graded(2, "A weather question about one city takes 1 round and 1 tool call (What to build, 3).", Visibility = Visibility.Visible)]
public sealed class Weather_in_one_city_takes_one_round_and_one_call : HiddenTest
{
    public override object? Act() => Ask("What's the weather in Tokyo right now?");

    public override void Check(Produced produced) =>
        RequireRun(ReadRun(produced), 1, 1, "Here is the current weather. Tokyo: 22°C, sunny.", "One get_weather call, then the text.");
}

[Graded(2, "Comparing three cities takes 1 round of three parallel get_weather calls, all answered before the next request (What to build, 3).")]
public sealed class Comparing_three_cities_takes_one_round_of_three_parallel_calls : HiddenTest
{
    public override object? Act() => Ask("Compare the weather in Paris, Cairo, and Oslo");

    public override void Check(Produced produced)
    {
        var run = ReadRun(produced);
        RequireRun(run, 1, 3, "Here is the current weather. Paris: 20°C, clear. Cairo: 31°C, hot and dry. Oslo: -3°C, snow.",
            "Three get_weather calls in one round, then the text.");
        string[] firstRound = ["assistant calling call_1, call_2, call_3", "tool answering call_1", "tool answering call_2", "tool answering call_3"];
        var found = run.AfterQuestion.Take(4).ToList();
        Lesson.Require(found.SequenceEqual(firstRound),
            "The three parallel calls must be answered right after the assistant message that asked for them, each with its own id.",
            "assistant calling call_1, call_2, call_3 | tool answering call_1 | tool answering call_2 | tool answering call_3",
            string.Join(" | ", run.AfterQuestion), ToolCallIdHints.ForConversation(firstRound, found, ToolLinePrefix));
    }
}

[Graded(1, "An average of two cities takes 2 rounds and 3 tool calls: both temperatures at once, then the calculator (What to build, 3).")]
public sealed class Average_of_two_cities_takes_two_rounds_and_three_calls : HiddenTest
{
    public override object? Act() => Ask("What is the average temperature in Paris and Sydney?");

    public override void Check(Produced produced) => RequireRun(ReadRun(produced), 2, 3,
        "The average temperature of Paris and Sydney is 23°C (Paris 20°C, Sydney 26°C).", "Round 1: two weather calls. Round 2: calculate.");
}

[Graded(2, "An average of three cities takes 2 rounds and 4 tool calls (What to build, 3).", Visibility = Visibility.Visible)]
public sealed class Average_of_three_cities_takes_two_rounds_and_four_calls : HiddenTest
{
    public override object? Act() => Ask("What is the average temperature of Tokyo, London and New York?");

    public override void Check(Produced produced) => RequireRun(ReadRun(produced), 2, 4,
        "The average temperature of Tokyo, London and New York is 18.33°C (Tokyo 22°C, London 15°C, New York 18°C).",
        "Round 1: three weather calls at once. Round 2: one calculate call. Then the text.");
}

[Graded(2, "\"Is it warmer in A or B?\" takes 2 rounds and 3 tool calls: both temperatures, then the calculator (What to build, 3).")]
public sealed class Warmer_question_uses_the_calculator_in_round_two : HiddenTest
{
    public override object? Act() => Ask("Is it warmer in Oslo or Reykjavik?");

    public override void Check(Produced produced) => RequireRun(ReadRun(produced), 2, 3,
        "Reykjavik is warmer than Oslo: 4.5°C against -3°C, a difference of 7.5°C.", "Round 1: two weather calls. Round 2: calculate.");
}

[Graded(1, "A conversion and an arithmetic question take 1 round and 1 tool call each (What to build, 3).")]
public sealed class Conversion_and_arithmetic_questions_take_one_round_each : HiddenTest
{
    public override object? Act() => Both();

    public override void Check(Produced produced)
    {
        var runs = ReadRuns(produced);
        RequireRun(runs[0], 1, 1, "100°F is 37.78°C.", "One convert_temperature call, then the text.");
        RequireRun(runs[1], 1, 1, "(12 + 18) * 2 = 60", "One calculate call, then the text.");
    }

    private static async Task<List<AgentRun>> Both() =>
        [await Ask("Convert 100 fahrenheit to celsius"), await Ask("What is (12 + 18) * 2?")];
}

[Graded(1, "A question that needs no tool takes 0 rounds and 0 tool calls (What to build, 3).")]
public sealed class Question_that_needs_no_tool_takes_no_rounds : HiddenTest
{
    public override object? Act() => Ask("Good morning! Who are you?");

    public override void Check(Produced produced) => RequireRun(ReadRun(produced), 0, 0, null, "The model answers with text straight away.");
}

[Graded(1, "An unknown city's error result reaches the model, which says so in its answer (What to build, 2 and 3).")]
public sealed class Unknown_city_error_reaches_the_answer : HiddenTest
{
    public override object? Act() => Ask("What's the weather in Gotham right now?");

    public override void Check(Produced produced) =>
        RequireRun(ReadRun(produced), 1, 1, "Here is the current weather. Gotham: no data (Unknown city: Gotham).", "One get_weather call, then the text.");
}

[Graded(1, "Arguments that are not valid JSON get {\"error\": \"Invalid arguments for <name>: ...\"}; the model asks again, which costs one more round and one more call (What to build, 3).")]
public sealed class Malformed_arguments_from_the_model_cost_one_more_round : HiddenTest
{
    public override object? Act() => Ask("What's the weather in Cairo?", faults => faults.Next(Fault.MalformedArguments));

    public override void Check(Produced produced)
    {
        var run = ReadRun(produced);
        RequireRun(run, 2, 2, "Here is the current weather. Cairo: 31°C, hot and dry.", "Malformed arguments: an error result, then the retry.",
            FaultHints.ForMalformedArguments(FailureType(run)));
    }
}

[Graded(1, "A function the model invents gets {\"error\": \"Unknown function: <name>\"}; the model asks again, which costs one more round and one more call (What to build, 3).")]
public sealed class An_invented_function_from_the_model_costs_one_more_round : HiddenTest
{
    public override object? Act() => Ask("What's the weather in Mumbai?", faults => faults.Next(Fault.UnknownFunction("get_current_weather")));

    public override void Check(Produced produced)
    {
        var run = ReadRun(produced);
        RequireRun(run, 2, 2, "Here is the current weather. Mumbai: 30°C, humid.", "An invented function: an error result, then the retry.",
            FaultHints.ForUnknownFunction(run.Failure ?? "", "get_current_weather"));
    }
}

[Graded(1, "Arguments of the wrong type make the tool throw or return an error, and either way the call gets an error result; the model asks again, which costs one more round and one more call (What to build, 3).")]
public sealed class Arguments_of_the_wrong_type_cost_one_more_round : HiddenTest
{
    public override object? Act() => Ask("What's the weather in Sydney?", faults => faults.Next(Fault.WrongArgumentTypes));

    public override void Check(Produced produced)
    {
        var run = ReadRun(produced);
        RequireRun(run, 2, 2, "Here is the current weather. Sydney: 26°C, sunny.", "Wrong argument types: an error result, then the retry.",
            CommonMistakes.ToolExceptionEscapes);
        ErrorResults.RequireAny(run.FirstResult, "The call with arguments of the wrong type must get {\"error\": \"...\"} as its result, whether the tool throws or returns it.",
            missing: "no tool message");
    }
}

[Graded(1, "After MaxRounds (5) rounds, a response that still asks for tools ends AskAsync with an InvalidOperationException saying \"after 5 rounds\" (What to build, 3).")]
public sealed class Endless_model_is_stopped_after_five_rounds : HiddenTest
{
    public override object? Act() => AskEndless("What's the weather in Oslo?");

    public override void Check(Produced produced)
    {
        var run = ReadRun(produced);
        Lesson.Require(run.Failure?.StartsWith("System.InvalidOperationException: ", StringComparison.Ordinal) == true
                && run.Failure.Contains("after 5 rounds", StringComparison.Ordinal) && run.Requests == 6,
            "A model that still asks for tools after round 5 must stop the agent with an InvalidOperationException whose message " +
            "contains \"after 5 rounds\", after 6 requests.",
            "InvalidOperationException: ... after 5 rounds ..., 6 requests",
            $"{run.Failure ?? $"no exception; AskAsync returned {Teaching.Quote(run.Answer)} after {run.Rounds} rounds"}, {run.Requests} requests",
            MaxRoundsHints.WhenGuardCaught(run.Failure is not null, run.Answer, run.Requests, 6, EndlessGivesUpAfter) ?? MaxRoundsHints.WhenOneOff(run.Requests, 6));
    }
}
