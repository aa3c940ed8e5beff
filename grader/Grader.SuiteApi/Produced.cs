using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling.Testing;

namespace Grader.Suites;

/// <summary>What a test's <see cref="HiddenTest.Act"/> produced, as the grader received it: a JSON value, or the exception the learner's code threw.</summary>
public sealed class Produced
{
    // Resolved when a check first reads it: looking for keys written twice means writing the value out and reading it
    // back, and a grader that already knows the verdict for this very value never asks.
    private readonly Lazy<JsonNode?> _value;
    private readonly JsonNode? _written;

    public Produced(JsonNode? value, string? exceptionType = null, string? exceptionMessage = null)
    {
        _written = value;
        _value = new Lazy<JsonNode?>(() => JsonRepeatedKeys.LastCopyWins(value));
        ExceptionType = exceptionType;
        ExceptionMessage = exceptionMessage;
    }

    /// <summary>The full name of the exception the learner's code threw, or null.</summary>
    public string? ExceptionType { get; }

    public string? ExceptionMessage { get; }

    public bool Threw => ExceptionType is not null;

    /// <summary>
    /// The produced value as JSON, as the API would read it: of a key written twice in one object, the last copy.
    /// A string result arrives as a JSON string.
    /// </summary>
    public JsonNode? Value => Threw ? throw new ProducedException(Describe("The code under test", null)) : _value.Value;

    /// <summary>Like <see cref="Value"/>, naming the member and the likely mistake when the code threw.</summary>
    public JsonNode? ValueOf(string member, string? likelyMistake = null) =>
        Threw ? throw new ProducedException(Describe(member, likelyMistake)) : _value.Value;

    /// <summary>
    /// Like <see cref="ValueOf"/>, but exactly as the code produced it, keys written twice included, for checks of the
    /// JSON itself. Reading a repeated key of it throws.
    /// </summary>
    public JsonNode? ValueAsWrittenOf(string member, string? likelyMistake = null) =>
        Threw ? throw new ProducedException(Describe(member, likelyMistake)) : _written;

    /// <summary>The produced value when it is a string (such as JSON text returned by the learner), otherwise null.</summary>
    public string? TextOf(string member, string? likelyMistake = null) =>
        ValueOf(member, likelyMistake) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private string Describe(string member, string? likelyMistake) =>
        LearnerCode.DescribeFailure(member, ExceptionType!, ExceptionMessage ?? "", likelyMistake);
}
