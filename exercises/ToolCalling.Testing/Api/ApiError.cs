using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>
/// The <c>error</c> object of an API error response:
/// <c>{"error":{"message":...,"type":...,"param":...,"code":...}}</c>. <c>param</c> and <c>code</c> are often null.
/// </summary>
public sealed record ApiError(
    [property: JsonPropertyName("message"), JsonPropertyOrder(0)] string Message,
    [property: JsonPropertyName("type"), JsonPropertyOrder(1)] string Type,
    [property: JsonPropertyName("param"), JsonPropertyOrder(2)] string? Param,
    [property: JsonPropertyName("code"), JsonPropertyOrder(3)] string? Code)
{
    /// <summary>The whole response body, as the API sends it.</summary>
    public string ToBody() => WireJson.Write(new ErrorBody(this));

    /// <summary>Reads a body of the form <c>{"error":{...}}</c>.</summary>
    public static ApiError FromBody(string body) => WireJson.Read<ErrorBody>(body, "an error body").Error;

    private sealed record ErrorBody([property: JsonPropertyName("error")] ApiError Error);
}
