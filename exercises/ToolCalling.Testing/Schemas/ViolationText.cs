using System.Globalization;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>Plain-language text for the validator's errors.</summary>
internal static class ViolationText
{
    public static string Describe(ValidationError error) => error.Kind switch
    {
        _ when error is IWordedViolation worded => worded.Text,
        ValidationErrorKind.PropertyRequired => $"the required property \"{error.Property}\" is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"the property \"{error.Property}\" is not allowed",
        ValidationErrorKind.NotInEnumeration => "the value is not one of the allowed values (enum)",
        ValidationErrorKind.StringExpected => "expected a string",
        ValidationErrorKind.NumberExpected => "expected a number",
        ValidationErrorKind.IntegerExpected => "expected an integer",
        ValidationErrorKind.BooleanExpected => "expected a boolean",
        ValidationErrorKind.ObjectExpected => "expected an object",
        ValidationErrorKind.ArrayExpected => "expected an array",
        ValidationErrorKind.NullExpected => "expected null",
        ValidationErrorKind.NoTypeValidates => "the value is none of the types \"type\" lists",
        ValidationErrorKind.NumberTooSmall => "the number is below the minimum",
        ValidationErrorKind.NumberTooBig => "the number is above the maximum",
        ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf =>
            $"the number is not a multiple of {error.Schema.MultipleOf?.ToString(CultureInfo.InvariantCulture)} (multipleOf)",
        ValidationErrorKind.StringTooShort => "the string is shorter than minLength",
        ValidationErrorKind.StringTooLong => "the string is longer than maxLength",
        ValidationErrorKind.PatternMismatch => "the string does not match the pattern",
        ValidationErrorKind.TooFewItems => "the array has fewer items than minItems",
        ValidationErrorKind.TooManyItems => "the array has more items than maxItems",
        ValidationErrorKind.ItemsNotUnique => "the array holds the same item more than once (uniqueItems)",
        ValidationErrorKind.TooManyItemsInTuple => "the array has more items than \"items\" lists, and \"additionalItems\" is false",
        ValidationErrorKind.TooFewProperties => "the object has fewer properties than minProperties",
        ValidationErrorKind.TooManyProperties => "the object has more properties than maxProperties",
        ValidationErrorKind.NotAnyOf => "the value matches none of the anyOf schemas",
        ValidationErrorKind.NotOneOf => "the value does not match exactly one of the oneOf schemas",
        ValidationErrorKind.NotAllOf => "the value does not match all of the allOf schemas",
        ValidationErrorKind.ExcludedSchemaValidates => "the value matches the schema under \"not\", which it must not",
        _ when FormatText.Describe(error.Kind, error.Schema.Format) is { } format => format,
        _ => $"the value breaks the schema ({error.Kind})",
    };
}
