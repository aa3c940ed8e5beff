using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>A violation found by <see cref="OwnKeywordChecks"/>, which brings its own words: NJsonSchema has no kind for it.</summary>
internal interface IWordedViolation
{
    string Text { get; }
}

/// <summary>A value that breaks a keyword the library ignores. With <see cref="ValidationErrorKind.PropertyRequired"/>, it is located at the missing property.</summary>
internal sealed class KeywordViolation(string text, JToken token, JsonSchema schema, ValidationErrorKind kind = ValidationErrorKind.Unknown, string? property = null)
    : ValidationError(kind, property, token.Path, token, schema), IWordedViolation
{
    public string Text { get; } = text;
}

/// <summary>A value that breaks a subschema a keyword the library ignores brings in; the subschema's own violations follow it.</summary>
internal sealed class KeywordChildViolation(string text, JToken token, JsonSchema schema, JsonSchema subschema, ICollection<ValidationError> errors)
    : ChildSchemaValidationError(ValidationErrorKind.Unknown, null, token.Path, new Dictionary<JsonSchema, ICollection<ValidationError>> { [subschema] = errors }, token, schema),
        IWordedViolation
{
    public string Text { get; } = text;
}
