using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>
/// Where NJsonSchema's verdict on one part of a value departs from JSON Schema's rules, corrected for that part and
/// one schema object. <see cref="BoundedValidation"/> applies it to each pair it checks, so a corrected verdict also
/// counts inside "anyOf", "not" and the rest.
/// <list type="bullet">
/// <item>Two objects are equal whatever the order of their properties: for "enum" (and "const", which is checked as a
/// one-value enum) and for "uniqueItems".</item>
/// <item>"minLength" and "maxLength" count characters as Unicode code points, so an emoji is one character, not two.</item>
/// </list>
/// </summary>
internal static class LibraryDepartures
{
    public static void Correct(JToken token, JsonSchema schema, ICollection<ValidationError> errors)
    {
        var actual = schema.ActualSchema;
        if (token is JContainer)
        {
            // Only objects, and arrays that hold them, can be equal in a way the library misses.
            RemoveWhere(errors, token, ValidationErrorKind.NotInEnumeration, () => actual.Enumeration.Any(value => JToken.DeepEquals(token, AsToken(value))));
        }

        if (token.Type == JTokenType.String && (actual.MinLength is not null || actual.MaxLength is not null))
        {
            CorrectLength((string)token!, token, schema, errors);
        }

        if (actual.UniqueItems && token is JArray array && array.Any(item => item is JContainer)
            && !Has(errors, token, ValidationErrorKind.ItemsNotUnique) && HasRepeatedItem(array))
        {
            errors.Add(new ValidationError(ValidationErrorKind.ItemsNotUnique, null, token.Path, token, schema));
        }
    }

    private static void CorrectLength(string text, JToken token, JsonSchema schema, ICollection<ValidationError> errors)
    {
        var actual = schema.ActualSchema;
        var characters = text.EnumerateRunes().Count();
        RemoveWhere(errors, token, ValidationErrorKind.StringTooLong, () => characters <= actual.MaxLength);
        RemoveWhere(errors, token, ValidationErrorKind.StringTooShort, () => characters >= actual.MinLength);
        if (characters < actual.MinLength && !Has(errors, token, ValidationErrorKind.StringTooShort))
        {
            errors.Add(new ValidationError(ValidationErrorKind.StringTooShort, null, token.Path, token, schema));
        }

        if (characters > actual.MaxLength && !Has(errors, token, ValidationErrorKind.StringTooLong))
        {
            errors.Add(new ValidationError(ValidationErrorKind.StringTooLong, null, token.Path, token, schema));
        }
    }

    private static void RemoveWhere(ICollection<ValidationError> errors, JToken token, ValidationErrorKind kind, Func<bool> wronglyReported)
    {
        var found = errors.FirstOrDefault(error => error.Kind == kind && ReferenceEquals(error.Token, token));
        if (found is not null && wronglyReported())
        {
            errors.Remove(found);
        }
    }

    private static bool Has(ICollection<ValidationError> errors, JToken token, ValidationErrorKind kind) =>
        errors.Any(error => error.Kind == kind && ReferenceEquals(error.Token, token));

    // Enum values come from the loaded schema as JSON tokens or as plain .NET values, depending on their kind.
    private static JToken AsToken(object? value) => value as JToken ?? (value is null ? JValue.CreateNull() : JToken.FromObject(value));

    // Newtonsoft's own comparer treats two objects as equal whatever the order of their properties. Whole numbers
    // written with a fraction were read as integers (WholeNumbers), so 1 and 1.0 compare equal too.
    private static bool HasRepeatedItem(JArray array)
    {
        var seen = new HashSet<JToken>(new JTokenEqualityComparer());
        return array.Any(item => !seen.Add(item));
    }
}
