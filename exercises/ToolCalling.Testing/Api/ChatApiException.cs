namespace ToolCalling.Testing;

/// <summary>
/// The mock API answered with an HTTP error, exactly as the real API would: a status code and an error body.
/// 400 means the request itself is wrong (the <see cref="Error"/> message says how); 429 and 503 mean it was fine but
/// came at a bad time, so a production client may send it again later.
/// </summary>
public sealed class ChatApiException : Exception
{
    // Internal so that only the mock API attaches a hint: a hint it carries was not made up by the code under test.
    internal ChatApiException(int statusCode, ApiError error, string? hint = null, TimeSpan? retryAfter = null)
        : base(Describe(statusCode, error, hint))
    {
        StatusCode = statusCode;
        Error = error;
        Hint = hint;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status code: 400, 429, 503, ...</summary>
    public int StatusCode { get; }

    /// <summary>The error object, with the API's own message, type, param and code.</summary>
    public ApiError Error { get; }

    /// <summary>What most likely caused this error in tool-calling code, or null. Not part of the API's answer.</summary>
    public string? Hint { get; }

    /// <summary>The message as the real API would give it: <see cref="Exception.Message"/> without the <see cref="Hint"/>.</summary>
    public string ApiMessage => Describe(StatusCode, Error, hint: null);

    /// <summary>How long the API asks the caller to wait before retrying (the Retry-After header), when it says.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The response body: <c>{"error":{...}}</c>.</summary>
    public string ResponseBody => Error.ToBody();

    private static string Describe(int statusCode, ApiError error, string? hint)
    {
        var param = error.Param is null ? "" : $", param {error.Param}";
        var text = $"HTTP {statusCode} ({error.Type}{param}): {error.Message}";
        return hint is null ? text : $"{text}\n{hint}";
    }
}
