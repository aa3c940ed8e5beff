using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>Checks a part of the value against a subschema, within the limits of the check under way.</summary>
internal delegate ICollection<ValidationError> SubschemaCheck(JToken part, JsonSchema subschema);

/// <summary>
/// The keywords NJsonSchema loads but never checks, checked here as JSON Schema 2020-12 says, for one part of a value
/// and one schema object. <see cref="BoundedValidation"/> runs them next to the library's own checks of that pair, so
/// they count inside "anyOf", "not", "$ref" and the rest like any other keyword.
/// </summary>
internal static class OwnKeywordChecks
{
    public static void Check(JToken token, JsonSchema schema, SubschemaCheck check, ICollection<ValidationError> errors)
    {
        ReferenceBesideChecks.Check(token, schema, check, errors);
        ContainsKeyword.Check(token, schema, check, errors);
        ConditionalKeywords.Check(token, schema, check, errors);
        PropertyNamesKeyword.Check(token, schema, check, errors);
        DependentKeywords.Check(token, schema, check, errors);
    }
}
