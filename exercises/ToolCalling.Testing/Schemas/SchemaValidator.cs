using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>
/// Checks JSON values against a JSON Schema. This is the one place that knows which validator library
/// does the work, so it can be swapped without touching callers. A schema that would make the library
/// recurse or match for ever is refused, and a value that would take too long to check gets a violation
/// saying so, so that no schema can crash or stall the process that checks it.
/// </summary>
public sealed class SchemaValidator
{
    // Loading a schema takes milliseconds, and mock models check the same tools' arguments on every turn of
    // every conversation, so what loading a schema gave is remembered by its text: a loaded schema, which is only
    // read from, or why it cannot be loaded, which can take as long to find out.
    private const int MaxRemembered = 256;
    private static readonly ConcurrentDictionary<string, Outcome> Remembered = new(StringComparer.Ordinal);

    private readonly JsonSchema _schema;
    private readonly SchemaPatterns _patterns;

    private SchemaValidator(JsonSchema schema, SchemaPatterns patterns)
    {
        _schema = schema;
        _patterns = patterns;
    }

    /// <summary>Loads a schema. Throws <see cref="InvalidSchemaException"/> when the library cannot use it.</summary>
    public static SchemaValidator For(JsonNode schema)
    {
        var text = TextOf(schema);
        if (text is null || !Remembered.TryGetValue(text, out var outcome))
        {
            outcome = Outcome.Of(schema);
            if (text is not null)
            {
                if (Remembered.Count >= MaxRemembered)
                {
                    Remembered.Clear();
                }

                outcome = Remembered.GetOrAdd(text, outcome);
            }
        }

        return outcome.Validator ?? throw outcome.Failure!.Copy();
    }

    /// <summary>Forgets the schemas loaded so far (see <see cref="MockApiMemory"/>).</summary>
    internal static void ForgetLoaded() => Remembered.Clear();

    internal static bool RemembersLoading(JsonNode schema) => TextOf(schema) is { } text && Remembered.ContainsKey(text);

    // Null when the schema nests too deeply to be written out; loading it then says where.
    private static string? TextOf(JsonNode schema)
    {
        try
        {
            return schema.ToJsonString();
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private sealed record Outcome(SchemaValidator? Validator, InvalidSchemaException? Failure)
    {
        public static Outcome Of(JsonNode schema)
        {
            // A key written twice would throw on first use; the API reads the last copy, and so does the validator.
            schema = JsonRepeatedKeys.LastCopyWins(schema)!;
            try
            {
                if (JsonDepth.FirstTooDeep(schema, "$", SchemaValidatorLimits.MaxSchemaNesting) is { } tooDeep)
                {
                    throw new InvalidSchemaException(
                        $"The schema cannot be used: at {tooDeep}, objects and arrays nest more than {SchemaValidatorLimits.MaxSchemaNesting} levels deep, " +
                        "deeper than the validator reads. Flatten it, or move repeated parts into \"$defs\" and point at them with \"$ref\".");
                }

                return new Outcome(Load(schema), null);
            }
            catch (InvalidSchemaException failure)
            {
                return new Outcome(null, failure);
            }
        }
    }

    private static SchemaValidator Load(JsonNode schema)
    {
        if (schema is JsonObject root)
        {
            // Checked before NJsonSchema sees the schema: it would follow a loop until its stack overflows, it fails on a
            // value it cannot read in its own words, with a path into the copy it was given, and it is slow to load a
            // schema of very many parts.
            var hazard = SchemaCount.FirstProblem(root) ?? InPlaceChains.Find(root, "$").FirstOrDefault()
                ?? KeywordShapes.FirstProblem(root) ?? KeywordNumbers.FirstProblem(root) ?? LocalReference.FirstProblem(root)
                ?? UncheckedKeywords.FirstProblem(root);
            if (hazard is not null)
            {
                throw new InvalidSchemaException(hazard);
            }
        }

        var patterns = SchemaPatterns.Of(schema);
        try
        {
            var prepared = DefinitionsDialect.Prepare(schema);
            if (prepared is JsonObject copy)
            {
                KeywordNumbers.WriteCountsAsIntegers(copy);
                ConstAsEnum.Rewrite(copy);
                PrefixItemsAsTuple.Rewrite(copy);
                ReferenceBesideChecks.Rewrite(copy);
                HeldSubschemas.Hold(copy);
            }

            var loaded = JsonSchema.FromJsonAsync(prepared.ToJsonString(), documentPath: null, LocalReferencesOnly.Create).GetAwaiter().GetResult();
            return new SchemaValidator(loaded, patterns);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new InvalidSchemaException($"The schema cannot be loaded: {exception.Message}", exception);
        }
    }

    /// <summary>Every way <paramref name="instance"/> breaks the schema; empty when it is valid.</summary>
    public IReadOnlyList<SchemaViolation> Validate(JsonNode? instance) => Validate(instance, SchemaValidatorLimits.CheckTime);

    /// <summary>As <see cref="Validate(JsonNode?)"/>, stopping once checking takes longer than <paramref name="checkTime"/>.</summary>
    internal IReadOnlyList<SchemaViolation> Validate(JsonNode? instance, TimeSpan checkTime)
    {
        if (JsonDepth.FirstTooDeep(instance, "$", SchemaValidatorLimits.MaxValueNesting) is { } tooDeep)
        {
            return [new SchemaViolation(tooDeep,
                $"objects and arrays nest more than {SchemaValidatorLimits.MaxValueNesting} levels deep here, deeper than the validator reads, so the value was not checked")];
        }

        if (NonFiniteNumbers.FirstPath(instance) is { } notFinite)
        {
            return [new SchemaViolation(notFinite,
                "this number is NaN or infinite, which JSON cannot write, so the value was not checked; compute a finite number, or leave the property out")];
        }

        try
        {
            var errors = new BoundedValidation(_patterns, checkTime).Validate(Read(instance), _schema);
            var paths = new InstancePath();
            return errors.SelectMany(Flatten).Select(error => new SchemaViolation(paths.PathOf(error), ViolationText.Describe(error),
                error.Kind == ValidationErrorKind.PropertyRequired && error is not IWordedViolation ? error.Property : null)).ToList();
        }
        catch (ValidationStopped stopped)
        {
            return [new SchemaViolation(stopped.Path, stopped.Message)];
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The schema was checked before loading, so this is a gap in those checks: say so rather than fail the caller.
            return [new SchemaViolation("$", UnexpectedFailure.Describe(exception))];
        }
    }

    // Read as NJsonSchema reads a value given as text: dates stay strings.
    private static JToken Read(JsonNode? instance)
    {
        using var reader = new JsonTextReader(new StringReader(instance?.ToJsonString() ?? "null"))
        {
            DateParseHandling = DateParseHandling.None,
            MaxDepth = SchemaValidatorLimits.MaxValueNesting,
        };
        return WholeNumbers.AsIntegers(JToken.ReadFrom(reader));
    }

    // An error about an item or an extra property only wraps the errors that say what is wrong with it, at the same path.
    internal static IEnumerable<ValidationError> Flatten(ValidationError error) => error switch
    {
        ChildSchemaValidationError { Kind: ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid } wrapper
            => Children(wrapper),
        ChildSchemaValidationError child => [error, .. Children(child)],
        _ => [error],
    };

    private static IEnumerable<ValidationError> Children(ChildSchemaValidationError error) =>
        error.Errors.Values.SelectMany(errors => errors).SelectMany(Flatten);
}
