using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>Plain-language text for the validator's error kinds.</summary>
internal static class ViolationText
{
    public static string Describe(ValidationErrorKind kind, string? property) => kind switch
    {
        ValidationErrorKind.PropertyRequired => $"the required property \"{property}\" is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"the property \"{property}\" is not allowed",
        ValidationErrorKind.NotInEnumeration => "the value is not one of the allowed values (enum)",
        ValidationErrorKind.StringExpected => "expected a string",
        ValidationErrorKind.NumberExpected => "expected a number",
        ValidationErrorKind.IntegerExpected => "expected an integer",
        ValidationErrorKind.BooleanExpected => "expected a boolean",
        ValidationErrorKind.ObjectExpected => "expected an object",
        ValidationErrorKind.ArrayExpected => "expected an array",
        ValidationErrorKind.NullExpected => "expected null",
        ValidationErrorKind.NumberTooSmall => "the number is below the minimum",
        ValidationErrorKind.NumberTooBig => "the number is above the maximum",
        ValidationErrorKind.StringTooShort => "the string is shorter than minLength",
        ValidationErrorKind.StringTooLong => "the string is longer than maxLength",
        ValidationErrorKind.PatternMismatch => "the string does not match the pattern",
        ValidationErrorKind.TooFewItems => "the array has fewer items than minItems",
        ValidationErrorKind.TooManyItems => "the array has more items than maxItems",
        ValidationErrorKind.NotAnyOf => "the value matches none of the anyOf schemas",
        ValidationErrorKind.NotOneOf => "the value does not match exactly one of the oneOf schemas",
        ValidationErrorKind.NotAllOf => "the value does not match all of the allOf schemas",
        _ => $"the value breaks the schema ({kind})",
    };
}
