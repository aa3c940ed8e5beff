using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>"propertyNames": every property name of an object, as a string, must match its schema.</summary>
internal static class PropertyNamesKeyword
{
    public static void Check(JToken token, JsonSchema schema, SubschemaCheck check, ICollection<ValidationError> errors)
    {
        if (token is not JObject value || HeldSubschemas.Of(schema, "propertyNames") is not { } names)
        {
            return;
        }

        foreach (var property in value.Properties())
        {
            var problems = CheckName(property, names, check);
            if (problems.Count > 0)
            {
                var why = string.Join("; ", problems.SelectMany(SchemaValidator.Flatten).Select(ViolationText.Describe).Distinct());
                errors.Add(new KeywordViolation($"the property name {Teaching.Quote(property.Name)} does not fit \"propertyNames\": {why}", property, schema));
            }
        }
    }

    // The name is checked as a string of its own, outside the value, so a check that stops is placed at the property here.
    private static ICollection<ValidationError> CheckName(JProperty property, JsonSchema names, SubschemaCheck check)
    {
        try
        {
            return check(new JValue(property.Name), names);
        }
        catch (ValidationStopped stopped)
        {
            throw new ValidationStopped(InstancePath.Of(property), stopped.Message);
        }
    }
}
