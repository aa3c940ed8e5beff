namespace Grader.Worker.Protocol;

/// <summary>A message as it arrived: its seal (null when it came without one) and the exact bytes the seal covers.</summary>
public sealed record SealedMessage<T>(T Message, byte[]? Seal, byte[] Body);
