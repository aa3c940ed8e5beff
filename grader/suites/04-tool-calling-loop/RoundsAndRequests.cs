using Grader.Suites;
using ToolCalling;
using ToolCalling.Testing;
using static Suites.ToolLoop.Conversations;

namespace Suites.ToolLoop;

[Graded(1, "A response without tool calls ends the conversation: return its text (What to build, step 2).", Visibility = Visibility.Visible)]
public sealed class Text_answer_is_returned_after_one_request : HiddenTest
{
    public override object? Act() => Run(new ScriptedChatModel().RespondWithText("Hello! Ask me about the weather."), Ask("Hi there!"));

    public override void Check(Produced produced)
    {
        var run = Finished(produced);
        RequireAnswer(run, "Hello! Ask me about the weather.");
        RequireRequests(run, 1, "A text answer ends the conversation at once.");
    }
}

[Graded(2, "After a response with tool calls, append the assistant message, then one tool message per call with that call's id, and send again (steps 3 to 5).",
    Visibility = Visibility.Visible)]
public sealed class One_round_sends_the_assistant_message_then_the_tool_result : HiddenTest
{
    public override object? Act() => Run(
        new ScriptedChatModel().RespondWithToolCalls(("get_weather", new { city = "Tokyo" })).RespondWithText("Tokyo is 22°C and sunny."),
        Ask("What's the weather in Tokyo?"));

    public override void Check(Produced produced)
    {
        var run = Finished(produced);
        RequireRequests(run, 2, "One round of tool calls, then the text.");
        RequireConversation(run, 2, "user", "assistant calling call_1", "tool answering call_1");
        RequireAnswer(run, "Tokyo is 22°C and sunny.");
    }
}

[Graded(2, "The loop goes on until the model answers with text, however many rounds that takes (steps 2 to 5).")]
public sealed class Two_rounds_send_three_requests_and_return_the_final_text : HiddenTest
{
    public override object? Act() => Run(
        new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }), ("get_weather", new { city = "London" }))
            .RespondWithToolCalls(("calculate", new { expression = "22 - 15" }))
            .RespondWithText("Tokyo is warmer than London by 7 degrees."),
        Ask("Is it warmer in Tokyo or London?"));

    public override void Check(Produced produced)
    {
        var run = Finished(produced);
        RequireRequests(run, 3, "Two rounds of tool calls, then the text.");
        RequireConversation(run, 3, "user", "assistant calling call_1, call_2", "tool answering call_1", "tool answering call_2",
            "assistant calling call_3", "tool answering call_3");
        RequireAnswer(run, "Tokyo is warmer than London by 7 degrees.");
    }
}

[Graded(2, "The loop goes on until the model answers with text, however many rounds that takes (steps 2 to 5).")]
public sealed class Three_rounds_send_four_requests_and_return_the_final_text : HiddenTest
{
    public override object? Act() => Run(
        new ScriptedChatModel()
            .RespondWithToolCalls(("get_time", new { city = "Nairobi" }))
            .RespondWithToolCalls(("get_weather", new { city = "Nairobi" }))
            .RespondWithToolCalls(("get_time", new { city = "Tokyo" }), ("get_weather", new { city = "Tokyo" }))
            .RespondWithText("Done: Nairobi and Tokyo."),
        Ask("Time and weather in Nairobi, then in Tokyo, one after the other."));

    public override void Check(Produced produced)
    {
        var run = Finished(produced);
        RequireRequests(run, 4, "Three rounds of tool calls, then the text.");
        RequireConversation(run, 4, "user", "assistant calling call_1", "tool answering call_1", "assistant calling call_2",
            "tool answering call_2", "assistant calling call_3, call_4", "tool answering call_3", "tool answering call_4");
        RequireAnswer(run, "Done: Nairobi and Tokyo.");
    }
}

[Graded(2, "Every tool call of a response is answered in the same round, in the order of the calls, each with its own id (step 4).")]
public sealed class Parallel_calls_are_all_answered_in_one_round_in_order : HiddenTest
{
    public override object? Act() => Run(
        new ScriptedChatModel()
            .RespondWithToolCalls(
                ("get_weather", new { city = "Lima" }), ("get_time", new { city = "Lima" }),
                ("get_weather", new { city = "Nairobi" }), ("get_time", new { city = "Tokyo" }))
            .RespondWithText("Here you are."),
        Ask("Weather and time in Lima, weather in Nairobi, time in Tokyo?"));

    public override void Check(Produced produced)
    {
        var run = Finished(produced);
        RequireRequests(run, 2, "All four calls come in one response, so they are answered in one round.");
        RequireConversation(run, 2, "user", "assistant calling call_1, call_2, call_3, call_4",
            "tool answering call_1", "tool answering call_2", "tool answering call_3", "tool answering call_4");
        System.Text.Json.Nodes.JsonNode?[] results =
        [
            new System.Text.Json.Nodes.JsonObject { ["city"] = "Lima", ["temperature"] = 19, ["unit"] = "celsius", ["condition"] = "misty" },
            System.Text.Json.Nodes.JsonValue.Create("13:30"),
            new System.Text.Json.Nodes.JsonObject { ["city"] = "Nairobi", ["temperature"] = 24, ["unit"] = "celsius", ["condition"] = "clear" },
            System.Text.Json.Nodes.JsonValue.Create("21:30"),
        ];
        RequireResult(run, "call_3", results[2], "The result for call_3",
            ToolCallIdHints.ForContent(run.Results.GetValueOrDefault("call_3"), [results[0], results[1], results[3]]));
        RequireResult(run, "call_4", results[3], "The result for call_4",
            ToolCallIdHints.ForContent(run.Results.GetValueOrDefault("call_4"), [results[0], results[1], results[2]]));
    }
}

[Graded(2, "Every request keeps the earlier messages and the tools of the request the loop was given (step 5).")]
public sealed class Every_request_keeps_the_earlier_messages_and_the_tools : HiddenTest
{
    public override object? Act() => Run(
        new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "London" }))
            .RespondWithToolCalls(("get_time", new { city = "London" }))
            .RespondWithText("London: 15°C at 13:30."),
        Ask("And London?", ChatMessage.System("You are a terse travel assistant."), ChatMessage.User("Hi"), ChatMessage.Assistant("Hello!")));

    public override void Check(Produced produced)
    {
        var run = Finished(produced);
        RequireConversation(run, 3, "system", "user", "assistant", "user", "assistant calling call_1", "tool answering call_1",
            "assistant calling call_2", "tool answering call_2");
        Lesson.Require(run.ToolsSent.All(tools => tools == "get_weather, get_time, calculate"),
            "Every request must declare the tools of the request the loop was given.",
            "get_weather, get_time, calculate in every request", string.Join(" | ", run.ToolsSent.Select(tools => $"[{tools}]")));
    }
}

[Graded(2, "The loop runs a whole conversation with the rule-based model: weather calls, then the calculator, then the text (steps 1 to 5).")]
public sealed class Rule_based_average_question_is_answered_end_to_end : HiddenTest
{
    public override object? Act() => Run(new RuleBasedChatModel(), Ask("What is the average temperature of Tokyo, London and New York?"));

    public override void Check(Produced produced)
    {
        var run = Finished(produced);
        RequireRequests(run, 3, "Round 1 asks for three temperatures at once, round 2 for the average, then the text.");
        RequireAnswer(run, "The average temperature of Tokyo, London and New York is 18.33°C (Tokyo 22°C, London 15°C, New York 18°C).");
    }
}
