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
    /// <param name="optional">The arguments the instructions let the model leave out.</param>
    /// <returns>
    /// Null when the schema rejects the sample with a violation at <paramref name="property"/>; otherwise what it did
    /// instead, in words for a failure message, with the likely mistake when one shows.
    /// </returns>
    public static Miss? Problem(SchemaValidator validator, JsonNode sample, string property, IReadOnlyCollection<string> optional)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var violations = validator.Validate(sample);
        if (violations.Count == 0)
        {
            return new Miss($"{JsonText.Show(sample)} was accepted", null);
        }

        var at = JsonPath.Property("$", property);
        return violations.Any(violation => violation.Path == at || violation.Path.StartsWith(at + ".", StringComparison.Ordinal)
                || violation.Path.StartsWith(at + "[", StringComparison.Ordinal))
            ? null
            : new Miss($"{JsonText.Show(sample)} was rejected, but only for other reasons ({string.Join("; ", violations)}), none about {property}",
                RequiredArgumentHints.WhenValidArgumentsRejected(violations, optional));
    }

    /// <summary>How a schema failed to reject a sample for the right reason.</summary>
    /// <param name="Text">What it did instead, such as "... was accepted".</param>
    /// <param name="LikelyMistake">Why, when that shows: another argument wrongly listed in "required", say.</param>
    public sealed record Miss(string Text, string? LikelyMistake);
}
