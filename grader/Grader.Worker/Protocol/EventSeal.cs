using System.Security.Cryptography;
using System.Text;

namespace Grader.Worker.Protocol;

/// <summary>
/// Proves that an event came from the worker and answers the request now open: an HMAC of the event's bytes and
/// the request's nonce, under a secret the grader hands the worker before any learner code is loaded. Learner code
/// shares the worker's process, and can read its pipes and walk its objects by reflection, but the secret lives
/// only in the worker's stack frames, so learner code cannot seal an event of its own.
/// </summary>
public sealed class EventSeal(byte[] secret, string nonce)
{
    /// <summary>The length of a seal in bytes (HMAC-SHA256).</summary>
    public const int Length = 32;

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(32);

    public static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public byte[] Sign(ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        hmac.AppendData(Encoding.ASCII.GetBytes(nonce));
        hmac.AppendData("\n"u8);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    public bool Verifies(ReadOnlySpan<byte> seal, ReadOnlySpan<byte> body) =>
        seal.Length == Length && CryptographicOperations.FixedTimeEquals(seal, Sign(body));
}
