namespace ToolCalling.Testing;

/// <summary>
/// A failure injected into a mock model on purpose, to test how tool-calling code copes. Schedule it with the
/// model's <see cref="FaultPlan"/>. Some faults make the API call fail; the others break the first tool call of
/// the response, which is the only way a mock model ever emits a call that does not fit the declared tools.
/// </summary>
public abstract class Fault
{
    private protected Fault()
    {
    }

    /// <summary>The arguments of the first tool call are cut off, so they are not valid JSON.</summary>
    public static Fault MalformedArguments { get; } = new MalformedArgumentsFault();

    /// <summary>The first tool call names a function that the request does not declare (a hallucination).</summary>
    public static Fault UnknownFunction(string name = "get_current_time") => new UnknownFunctionFault(name);

    /// <summary>Every argument of the first tool call gets a value of the wrong JSON type (a number for a string, ...).</summary>
    public static Fault WrongArgumentTypes { get; } = new WrongArgumentTypesFault();

    /// <summary>The call fails with HTTP 429 and the API's rate-limit body.</summary>
    public static Fault RateLimited { get; } = new RateLimitedFault();

    /// <summary>The call fails with HTTP 503 and the API's overload body.</summary>
    public static Fault ServiceUnavailable { get; } = new ServiceUnavailableFault();

    /// <summary>The call waits <paramref name="after"/> (cancellable), then fails with a <see cref="TimeoutException"/>.</summary>
    public static Fault Timeout(TimeSpan after) => new TimeoutFault(after);

    /// <summary>True when the fault changes the response rather than failing the call.</summary>
    internal virtual bool BreaksToolCall => false;

    /// <summary>Fails the call, for the faults that do.</summary>
    internal virtual Task FailAsync(ChatCompletionRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Breaks one tool call, for the faults that do; <paramref name="declared"/> is the tool it calls.</summary>
    internal virtual void Break(ToolCall call, ToolDefinition? declared)
    {
    }
}
