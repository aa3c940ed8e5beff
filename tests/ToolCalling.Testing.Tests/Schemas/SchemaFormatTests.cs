using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>
/// "format" checks say which format a string missed, and finish on long strings built to make them backtrack: every
/// format NJsonSchema 11.6.2 checks is linear in the length of the string, and these cases keep it so.
/// </summary>
public class SchemaFormatTests
{
    private const int Long = 50_000;

    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("date-time", "yesterday", "the string is not a date-time (format \"date-time\"), such as \"2025-03-14T09:30:00Z\"")]
    [InlineData("date", "14/03/2025", "the string is not a date (format \"date\"), such as \"2025-03-14\"")]
    [InlineData("time", "half past nine", "the string is not a time (format \"time\"), such as \"09:30:00\"")]
    [InlineData("email", "ada at example.com", "the string is not an email address (format \"email\"), such as \"ada@example.com\"")]
    [InlineData("hostname", "api_example.com", "the string is not a host name (format \"hostname\"), such as \"api.example.com\"")]
    [InlineData("ipv4", "300.1.1.1", "the string is not an IPv4 address (format \"ipv4\"), such as \"192.168.0.1\"")]
    [InlineData("ipv6", "2001:db8:::1:", "the string is not an IPv6 address (format \"ipv6\"), such as \"2001:db8::1\"")]
    [InlineData("uri", "example.com/a", "the string is not an absolute URI (format \"uri\"), such as \"https://example.com/a\"")]
    [InlineData("uuid", "1234", "the string is not a UUID (format \"uuid\"), such as \"123e4567-e89b-12d3-a456-426614174000\"")]
    [InlineData("byte", "abc", "the string is not base64 (format \"byte\"), such as \"aGVsbG8=\"")]
    [InlineData("duration", "90 minutes", "the string is not an ISO 8601 duration (format \"duration\"), such as \"PT1H30M\"")]
    public void Validate_StringNotInTheFormat_SaysWhichFormatAndShowsOne(string format, string text, string message)
    {
        var violations = SchemaValidator.For(Text(format)).Validate(new JsonObject { ["text"] = text });

        violations.Should().Equal(new SchemaViolation("$.text", message));
    }

    [Fact]
    public void Validate_FormatTheValidatorDoesNotKnow_AcceptsAnyString() =>
        SchemaValidator.For(Text("json-pointer")).Validate(new JsonObject { ["text"] = "not a pointer" }).Should().BeEmpty();

    [Theory]
    [InlineData("P3Y6M4DT12H30M5S")]
    [InlineData("P1D")]
    [InlineData("P0D")]
    [InlineData("PT90M")]
    [InlineData("PT36H")]
    [InlineData("PT0S")]
    [InlineData("P1Y2D")]
    [InlineData("P1M")]
    [InlineData("PT1M")]
    [InlineData("P2W")]
    public void Validate_Duration_AcceptsAnIso8601Duration(string text) =>
        SchemaValidator.For(Text("duration")).Validate(new JsonObject { ["text"] = text }).Should().BeEmpty();

    [Theory]
    [InlineData("", "empty")]
    [InlineData("P", "no part at all")]
    [InlineData("PT", "no part after T")]
    [InlineData("P1YT", "no part after T")]
    [InlineData("PT1D", "days after T")]
    [InlineData("P1H", "hours before T")]
    [InlineData("P2D1Y", "parts out of order")]
    [InlineData("P1Y2W", "weeks with other parts")]
    [InlineData("P1", "a number without its letter")]
    [InlineData("PT1.5H", "a fraction, which RFC 3339 leaves out")]
    [InlineData("p1d", "lower case")]
    [InlineData("-P1D", "a sign")]
    [InlineData("1:30:00", "a time span, not a duration")]
    [InlineData("P\u0661D", "a digit of another script")]
    public void Validate_Duration_RejectsWhatIsNotOne(string text, string because) =>
        SchemaValidator.For(Text("duration")).Validate(new JsonObject { ["text"] = System.Text.RegularExpressions.Regex.Unescape(text) })
            .Should().ContainSingle(because).Which.Message.Should().Contain("(format \"duration\")");

    public static TheoryData<string, string> LongHostileStrings() => new()
    {
        { "email", "a@" + Repeat("a-", Long / 2) + "!" },
        { "email", "x@a." + new string('a', Long) + "@" },
        { "email", Repeat("a.", Long / 2) + "@!" },
        { "hostname", new string('a', Long) + "-" },
        { "hostname", Repeat("a-a.", Long / 4) + "-" },
        { "date-time", "2025-03-14T09:30:00." + new string('1', Long) + "!" },
        { "ipv4", Repeat("1.", Long / 2) },
        { "ipv6", Repeat("1:", Long / 2) + "g" },
        { "uri", "https://[" + Repeat("1:", Long / 2) + "]/" + Repeat("%41", Long / 3) },
        { "byte", new string('A', Long) + "===!" },
        { "duration", "P" + Repeat("1", Long) + "YT" + Repeat("1", Long) + "!" },
    };

    [Theory]
    [MemberData(nameof(LongHostileStrings))]
    public async Task Validate_LongStringBuiltToBacktrack_FinishesWithAFormatViolation(string format, string text)
    {
        var validator = SchemaValidator.For(Text(format));

        Func<Task<IReadOnlyList<SchemaViolation>>> validation = () => Task.Run(() => validator.Validate(new JsonObject { ["text"] = text }));

        (await validation.Should().CompleteWithinAsync(HangGuard)).Which.Should().ContainSingle()
            .Which.Message.Should().StartWith("the string is not ").And.Contain($"(format \"{format}\")");
    }

    private static JsonNode Text(string format) => new JsonObject
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "string", ["format"] = format } },
    };

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));
}
