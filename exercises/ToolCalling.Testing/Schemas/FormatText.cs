using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>What a string that misses a "format" should have looked like, for each format the validator checks.</summary>
internal static class FormatText
{
    public static string? Describe(ValidationErrorKind kind, string? format)
    {
        var (what, example) = kind switch
        {
            ValidationErrorKind.Unknown when format == DurationFormat.Name => ("an ISO 8601 duration", "PT1H30M"),
            ValidationErrorKind.DateTimeExpected => ("a date-time", "2025-03-14T09:30:00Z"),
            ValidationErrorKind.DateExpected => ("a date", "2025-03-14"),
            ValidationErrorKind.TimeExpected => ("a time", "09:30:00"),
            ValidationErrorKind.TimeSpanExpected => ("a time span", "01:30:00"),
            ValidationErrorKind.EmailExpected => ("an email address", "ada@example.com"),
            ValidationErrorKind.HostnameExpected => ("a host name", "api.example.com"),
            ValidationErrorKind.IpV4Expected => ("an IPv4 address", "192.168.0.1"),
            ValidationErrorKind.IpV6Expected => ("an IPv6 address", "2001:db8::1"),
            ValidationErrorKind.UriExpected => ("an absolute URI", "https://example.com/a"),
            ValidationErrorKind.GuidExpected or ValidationErrorKind.UuidExpected => ("a UUID", "123e4567-e89b-12d3-a456-426614174000"),
            ValidationErrorKind.Base64Expected => ("base64", "aGVsbG8="),
            _ => (null, null),
        };
        return what is null ? null : $"the string is not {what} (format \"{format}\"), such as \"{example}\"";
    }
}
