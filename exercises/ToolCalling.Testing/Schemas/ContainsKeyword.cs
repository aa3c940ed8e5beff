using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>
/// "contains": how many items of an array match its schema, at least "minContains" (1 unless it says otherwise) and at
/// most "maxContains" when given. A "minContains" of 0 lets an array with no matching item through.
/// </summary>
internal static class ContainsKeyword
{
    public static void Check(JToken token, JsonSchema schema, SubschemaCheck check, ICollection<ValidationError> errors)
    {
        if (token is not JArray array || HeldSubschemas.Of(schema, "contains") is not { } contains)
        {
            return;
        }

        var least = Count(schema, "minContains") ?? 1;
        var most = Count(schema, "maxContains");
        var matching = array.Count(item => check(item, contains).Count == 0);
        if (matching < least)
        {
            var text = (matching, least) switch
            {
                (0, 1) => "no item of the array matches \"contains\"",
                (0, _) => $"no item of the array matches \"contains\", and minContains asks for {least}",
                _ => $"only {Teaching.Count(matching, "item")} of the array {Verb(matching)} \"contains\", fewer than minContains ({least})",
            };
            errors.Add(new KeywordViolation(text, array, schema));
        }

        if (most is { } limit && matching > limit)
        {
            errors.Add(new KeywordViolation($"{Teaching.Count(matching, "item")} of the array {Verb(matching)} \"contains\", more than maxContains ({limit})", array, schema));
        }
    }

    // Counts were checked before loading and written as whole numbers, which the library keeps as 64-bit integers.
    private static long? Count(JsonSchema schema, string keyword) =>
        schema.ExtensionData?.TryGetValue(keyword, out var value) == true && value is IConvertible number
            ? number.ToInt64(CultureInfo.InvariantCulture)
            : null;

    private static string Verb(int count) => count == 1 ? "matches" : "match";
}
