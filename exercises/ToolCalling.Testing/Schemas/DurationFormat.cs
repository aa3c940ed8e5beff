using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace ToolCalling.Testing;

/// <summary>
/// The "duration" format, which NJsonSchema does not check: an ISO 8601 duration as RFC 3339 writes it, such as
/// "P3DT4H" or "PT90M". The parts come in order (years, months, days, then after "T" hours, minutes, seconds), each a
/// whole number with its letter; any of them may be left out but not all, and weeks ("P2W") stand alone.
/// </summary>
internal sealed partial class DurationFormat : IFormatValidator
{
    public const string Name = "duration";

    public string Format => Name;

    // No format of the library's own reports this kind: FormatText tells a duration apart by the format's name.
    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.Unknown;

    public bool IsValid(string value, JTokenType tokenType) => Duration().IsMatch(value);

    // [0-9], not \d, which in .NET also matches the digits of other scripts.
    [GeneratedRegex("^P(?:[0-9]+W|(?=[0-9T])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
