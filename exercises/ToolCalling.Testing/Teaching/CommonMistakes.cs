namespace ToolCalling.Testing;

/// <summary>
/// The mistakes people most often make with function calling, phrased as hints that a failing test
/// appends to its message.
/// </summary>
public static class CommonMistakes
{
    public const string ArgumentsNotParsed =
        "Likely mistake: the arguments JSON was not parsed. Function.Arguments is JSON text; parse it " +
        "(for example with JsonDocument.Parse) and pass the root element to the function.";

    public const string ToolCallIdMismatched =
        "Likely mistake: a mismatched or hard-coded tool_call_id. Every tool message must carry the id " +
        "of the very call it answers, read from that call.";

    public const string ToolCallIdReused =
        "Likely mistake: a hard-coded tool_call_id, or one id reused for every call, so several tool messages answer the same " +
        "call while others go unanswered. Give each tool message the Id of the very call it answers, read from that call.";

    public const string ToolMessagesOutOfOrder =
        "Likely mistake: the tool messages carry the ids of the calls, but in another order. Either the messages come back " +
        "in another order than the calls (collect the results of calls run at the same time by position, as Task.WhenAll " +
        "does, not in the order they finish), or the ids were swapped between calls. Give each message the Id of the very " +
        "call whose result it carries, and keep the order of the calls.";

    public const string GivenRegistryIgnored =
        "Likely mistake: the calls are looked up in a registry of your own instead of the one passed in. Use the registry " +
        "you are given: the tests pass registries of their own, with other tools in them.";

    public const string MaxRoundsCountsRequests =
        "Likely mistake: the guard counts requests instead of rounds. A round is one response with tool calls and the answers " +
        "to them; maxRounds of them are allowed, so the model may be called maxRounds + 1 times. Stop only when the response " +
        "after round maxRounds still asks for tools.";

    public const string MaxRoundsOneRoundTooMany =
        "Likely mistake: the guard lets one round more than maxRounds through. It compares too late, or with > where == belongs: " +
        "once maxRounds rounds are answered, the next response that still asks for tools ends the loop before any of its calls run.";

    public const string StopsAfterOneRound =
        "Likely mistake: the loop stops after the first round of tool calls. Once it has the results, the model may ask for " +
        "more tools: keep answering and sending the conversation until a response comes without tool calls, and return its text.";

    public const string RoundsCountRequests =
        "Likely mistake: the rounds count the requests. The last response, which brings the final text, is not a round: count " +
        "only the responses with tool calls that your code answered.";

    public const string ArgumentReadByAnotherName =
        "Likely mistake: a tool function reads an argument by a name the call does not use. JsonElement.GetProperty throws " +
        "KeyNotFoundException for a property that is not there: read each argument by the exact name the instructions give, " +
        "in snake_case, such as user_id (not userId or UserId).";

    public const string UnknownFunctionNotHandled =
        "Likely mistake: an unknown function is not handled. When the name is not in the registry, " +
        "answer with the JSON object {\"error\": \"Unknown function: <name>\"} instead of throwing.";

    public const string UnknownFunctionErrorReworded =
        "Likely mistake: the unknown-function error says something else. Its text is compared word for word: " +
        "{\"error\": \"Unknown function: <name>\"}, with the name the call asked for; neither the message of the exception a " +
        "registry lookup threw nor a wording of your own.";

    public const string ToolExceptionEscapes =
        "Likely mistake: an exception from a tool escapes. Catch it around each tool call and answer that call with " +
        "{\"error\": \"<the exception's Message>\"}, so the conversation goes on.";

    public const string ArgumentsParsedOutsideTry =
        "Likely mistake: the arguments are parsed outside the try. Broken arguments JSON must become " +
        "{\"error\": \"Invalid arguments for <name>: ...\"}, not an exception.";

    public const string BrokenArgumentsCaughtAroundLoop =
        "Likely mistake: a try/catch around the whole loop hid the broken call. The loop returned text of its own after the first " +
        "response without answering that response's tool calls, so something in the round threw, most likely the parsing of the " +
        "broken arguments outside the per-call try. Catch exceptions around each tool call only, with the parsing of its arguments " +
        "inside that try, so that the call gets {\"error\": \"Invalid arguments for <name>: ...\"} and the model can try again.";

    public const string FailingCallCaughtAroundLoop =
        "Likely mistake: a try/catch around the whole loop hid the failing call. The loop returned text of its own after the first " +
        "response without answering that response's tool calls, so something in the round threw. Catch exceptions around each tool " +
        "call only, so that the failing call gets {\"error\": \"...\"} as its result and the model can go on.";

    public const string ModelErrorCaughtAroundLoop =
        "Likely mistake: a try/catch around the whole loop turns the model's failure into an answer. One around CompleteAsync " +
        "does the same. Catch exceptions around each tool call only, so that the caller learns that the model failed.";

    public const string ModelErrorRetried =
        "Likely mistake: the loop caught the model's error and sent the same request again. Retrying a 429 or 503 is sound in " +
        "a production client, but this loop must let the error reach its caller, who decides whether to wait and try again.";

    public const string GuardCaughtAroundLoop =
        "Likely mistake: a try/catch around the whole loop catches the max-rounds guard's exception too. Catch exceptions around " +
        "each tool call only.";

    public const string TokenNotPassed =
        "Likely mistake: the token is not passed on. Call model.CompleteAsync(request, cancellationToken).";

    public const string TaskBlockedOn =
        "Likely mistake: a task is blocked on with .Result or .Wait() instead of awaited. Blocking wraps whatever the task throws " +
        "in an AggregateException, so a cancellation or an error of the model no longer reaches the caller as itself. Write " +
        "await model.CompleteAsync(request, cancellationToken) instead.";

    public const string CancellationCaughtAroundLoop =
        "Likely mistake: a try/catch around the whole loop catches the OperationCanceledException too, so a cancelled conversation " +
        "looks finished. Catch exceptions around each tool call only.";

    public const string AssistantMessageNotAppended =
        "Likely mistake: the assistant message with the tool_calls was not appended before the tool results. Append the " +
        "response's own message first, with request.AppendAssistantMessage(response): it adds response.Choices[0].Message with " +
        "its tool_calls, which an assistant message built from the text alone lacks. Then add one tool message per tool call.";

    public const string ToolCallUnanswered =
        "Likely mistake: a tool call was left unanswered. Right after the assistant message, append one tool message " +
        "per tool call, parallel calls included, before any other message.";

    public const string ToolCallIdMissing =
        "Likely mistake: the tool message has no tool_call_id. Copy it from the Id of the call it answers.";

    public const string ToolCallAnsweredTwice =
        "Likely mistake: one tool call was answered twice. Answer each call exactly once.";

    public const string EmptyToolCallsList =
        "Likely mistake: an assistant message was given an empty tool_calls list. Leave tool_calls null when there are no calls.";

    public const string NoMessages =
        "Likely mistake: the request was sent without any message. Start the conversation with the user's question.";

    public const string EmptyToolsList =
        "Likely mistake: an empty tools list was sent. Leave tools null when the model may not call any.";

    public const string ToolChoiceWithoutTools =
        "Likely mistake: tool_choice was set on a request without tools. Set it only together with tools.";

    public const string ParallelToolCallsWithoutTools =
        "Likely mistake: parallel_tool_calls was set on a request without tools. Set it only together with tools.";

    public const string ResultNotJson =
        "Likely mistake: the result is not returned as JSON. Serialize what you send back, the function's " +
        "return value or the error object, with JsonSerializer.Serialize instead of calling ToString() or writing plain text.";

    public const string ResultSerializedTwice =
        "Likely mistake: the result was serialized twice. It arrived as one JSON string whose text is itself JSON, which is what " +
        "JsonSerializer.Serialize makes of text that is already JSON. Serialize once: let each tool function return the value itself " +
        "(the object or the list, not JSON text), and serialize it only where the tool message's content is made.";

    public const string VagueDescription =
        "Likely mistake: a vague tool description. Say what the function does, what it returns and when the model should call it, " +
        "e.g. \"Look up an order by its number and return its status and delivery date. Use it when the user asks about an order.\"";

    public const string StrictModeMakesArgumentsRequired =
        "Likely mistake: \"strict\": true. Strict mode needs every property listed in \"required\", so an argument that the " +
        "instructions keep optional could no longer be left out. These exercises use non-strict schemas: remove \"strict\".";

    public const string OptionalArgumentRequired =
        "Likely mistake: an optional argument is listed in \"required\". Put in \"required\" only what a call cannot do without: " +
        "the model leaves the other arguments out when the question does not call for them.";

    /// <summary>Every hint above, so a report can recognise one inside a longer message.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ArgumentsNotParsed, ToolCallIdMismatched, ToolCallIdReused, ToolMessagesOutOfOrder, GivenRegistryIgnored, MaxRoundsCountsRequests, MaxRoundsOneRoundTooMany,
        StopsAfterOneRound, RoundsCountRequests, ArgumentReadByAnotherName, UnknownFunctionNotHandled, UnknownFunctionErrorReworded, ToolExceptionEscapes, ArgumentsParsedOutsideTry, BrokenArgumentsCaughtAroundLoop,
        FailingCallCaughtAroundLoop, ModelErrorCaughtAroundLoop, GuardCaughtAroundLoop, TokenNotPassed, TaskBlockedOn, CancellationCaughtAroundLoop,
        AssistantMessageNotAppended, ToolCallUnanswered, ToolCallIdMissing, ToolCallAnsweredTwice, EmptyToolCallsList, NoMessages,
        EmptyToolsList, ToolChoiceWithoutTools, ParallelToolCallsWithoutTools, ResultNotJson, ResultSerializedTwice, VagueDescription, StrictModeMakesArgumentsRequired,
        OptionalArgumentRequired, ModelErrorRetried,
    ];
}
