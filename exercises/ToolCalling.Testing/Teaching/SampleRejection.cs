using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Whether a schema rejects sample arguments for the reason a test is about. A schema that lists every argument in
/// "required" rejects <c>{"query": "lamp", "max_price": "cheap"}</c> because in_stock is missing, whatever type it
/// gives max_price; such a rejection shows nothing about max_price.
/// </summary>
public static class SampleRejection
{
    /// <param name="property">The top-level argument whose rule the sample breaks, such as <c>max_price</c>.</param>
    /// <returns>
    /// Null when the schema rejects the sample with a violation at <paramref name="property"/>; otherwise what it did
    /// instead, in words for a failure message.
    /// </returns>
    public static string? Problem(SchemaValidator validator, JsonNode sample, string property)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var violations = validator.Validate(sample);
        if (violations.Count == 0)
        {
            return $"{JsonText.Show(sample)} was accepted";
        }

        var at = JsonPath.Property("$", property);
        return violations.Any(violation => violation.Path == at || violation.Path.StartsWith(at + ".", StringComparison.Ordinal)
                || violation.Path.StartsWith(at + "[", StringComparison.Ordinal))
            ? null
            : $"{JsonText.Show(sample)} was rejected, but only for other reasons ({string.Join("; ", violations)}), none about {property}";
    }
}
