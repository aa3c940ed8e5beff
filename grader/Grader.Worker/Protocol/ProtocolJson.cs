using System.Text.Json.Serialization;

namespace Grader.Worker.Protocol;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerEvent))]
public sealed partial class ProtocolJson : JsonSerializerContext;
