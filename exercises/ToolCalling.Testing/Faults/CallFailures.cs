namespace ToolCalling.Testing;

/// <summary>HTTP 429 with the body the API sends when a request-per-minute limit is reached.</summary>
internal sealed class RateLimitedFault : Fault
{
    internal override Task FailAsync(ChatCompletionRequest request, CancellationToken cancellationToken) =>
        throw new ChatApiException(
            429,
            new ApiError(
                $"Rate limit reached for {request.Model} in organization org-mock on requests per min (RPM): Limit 3, Used 3, " +
                "Requested 1. Please try again in 20s. Visit https://platform.openai.com/account/rate-limits to learn more.",
                "requests",
                null,
                "rate_limit_exceeded"),
            "Nothing is wrong with the request: too many came in this minute. A production client waits RetryAfter and sends it " +
            "again; the course's loops let the error reach their caller instead.",
            TimeSpan.FromSeconds(20));
}

/// <summary>HTTP 503 with the body the API sends when the model has no capacity left.</summary>
internal sealed class ServiceUnavailableFault : Fault
{
    internal override Task FailAsync(ChatCompletionRequest request, CancellationToken cancellationToken) =>
        throw new ChatApiException(
            503,
            new ApiError("Our servers are currently overloaded. Please try again later.", "service_unavailable_error", null, "server_is_overloaded"),
            "Nothing is wrong with the request: the service is busy. A production client waits a little and sends it again; " +
            "the course's loops let the error reach their caller instead.");
}

/// <summary>No answer in time: waits, then throws the way an HTTP client does when its timeout passes.</summary>
internal sealed class TimeoutFault(TimeSpan after) : Fault
{
    internal override async Task FailAsync(ChatCompletionRequest request, CancellationToken cancellationToken)
    {
        await Task.Delay(after, cancellationToken).ConfigureAwait(false);
        throw new TimeoutException("Request timed out.");
    }
}
