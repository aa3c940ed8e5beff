using Newtonsoft.Json.Linq;

namespace ToolCalling.Testing;

/// <summary>
/// JSON Schema counts a number by its value, so 2.0 is an integer just as 2 is. NJsonSchema goes by how the number is
/// written and would reject 2.0 where "type" asks for an integer; a value is therefore read with such numbers as
/// integers. Every other keyword compares numbers by value already, so nothing else changes.
/// </summary>
internal static class WholeNumbers
{
    // Beyond 2^63 a double cannot become a long; such numbers are left as they are written.
    private const double Limit = 9.2e18;

    public static JToken AsIntegers(JToken value)
    {
        IEnumerable<JToken> parts = value is JContainer container ? container.DescendantsAndSelf() : [value];
        foreach (var number in parts.OfType<JValue>().Where(token => token.Type == JTokenType.Float).ToList())
        {
            if (number.Value is double written && Math.Abs(written) < Limit && Math.Floor(written) == written)
            {
                number.Value = (long)written;
            }
        }

        return value;
    }
}
