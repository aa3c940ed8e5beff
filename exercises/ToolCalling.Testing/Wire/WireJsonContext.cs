using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>
/// The wire types' serialization code, generated at build time. A mock model copies every request and response
/// through JSON; generated code does that without building reflection metadata and emitting accessors at run
/// time, which the grader's workers would otherwise repeat after every exercise.
/// </summary>
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(ChatCompletionResponse))]
[JsonSerializable(typeof(ToolDefinition))]
[JsonSerializable(typeof(ChatMessage))]
[JsonSerializable(typeof(ToolCall))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
