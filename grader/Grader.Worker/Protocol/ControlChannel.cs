using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Grader.Worker.Protocol;

/// <summary>
/// Newline-delimited JSON over a pair of pipes that are separate from the process's stdout and stderr. A sealed
/// message is preceded on its line by its <see cref="EventSeal"/> in hexadecimal and a space.
/// In a worker, learner code shares the process with this channel. So the channel keeps no copy of what passed
/// through it: a message's bytes are wiped once read, and nothing is buffered on the way out. Learner code that
/// finds the channel by reflection then cannot read the secret the grader sent the worker.
/// </summary>
/// <param name="maxMessageBytes">
/// The longest message this side accepts. The grader reads what a worker writes, and learner code can write into a
/// worker's pipe: without a limit, one endless line would fill the grader's memory.
/// </param>
public sealed class ControlChannel(Stream input, Stream output, int maxMessageBytes = int.MaxValue / 2) : IDisposable
{
    private const byte EndOfMessage = (byte)'\n';

    private readonly Lock _writeLock = new();
    private byte[] _received = new byte[16 * 1024];
    private int _start;
    private int _end;

    private const byte SealEnd = (byte)' ';
    private const int SealDigits = EventSeal.Length * 2;

    public void Send<T>(T message, JsonTypeInfo<T> type, EventSeal? seal = null)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, type);
        var prefix = seal is null ? [] : Encoding.ASCII.GetBytes(Convert.ToHexString(seal.Sign(body)) + " ");
        lock (_writeLock)
        {
            output.Write(prefix);
            output.Write(body);
            output.WriteByte(EndOfMessage);
            output.Flush();
        }

        Array.Clear(body);
    }

    /// <summary>
    /// Blocks until the next message, or returns null when the other side closed the channel. Pipes have no
    /// truly asynchronous reads on every platform, so a reader that must not block calls this on a thread of its own.
    /// </summary>
    /// <exception cref="JsonException">The other side wrote something that is not a message.</exception>
    /// <exception cref="InvalidDataException">The other side wrote a message longer than the limit.</exception>
    public T? Receive<T>(JsonTypeInfo<T> type)
        where T : class
    {
        if (!NextLine(out var start, out var length))
        {
            return null;
        }

        var line = _received.AsSpan(start, length);
        try
        {
            return JsonSerializer.Deserialize(line, type);
        }
        finally
        {
            line.Clear();
        }
    }

    /// <summary>Like <see cref="Receive{T}"/>, and keeps the message's seal and bytes so that they can be checked.</summary>
    public SealedMessage<T>? ReceiveSealed<T>(JsonTypeInfo<T> type)
        where T : class
    {
        if (!NextLine(out var start, out var length))
        {
            return null;
        }

        var line = _received.AsSpan(start, length);
        var hasSeal = line.Length > SealDigits && line[SealDigits] == SealEnd && IsHex(line[..SealDigits]);
        var seal = hasSeal ? Convert.FromHexString(Encoding.ASCII.GetString(line[..SealDigits])) : null;
        var body = (hasSeal ? line[(SealDigits + 1)..] : line).ToArray();
        line.Clear();
        return JsonSerializer.Deserialize(body, type) is { } message ? new SealedMessage<T>(message, seal, body) : null;
    }

    private static bool IsHex(ReadOnlySpan<byte> text) => !text.ContainsAnyExcept("0123456789ABCDEFabcdef"u8);

    private bool NextLine(out int start, out int length)
    {
        while (true)
        {
            length = _received.AsSpan(_start, _end - _start).IndexOf(EndOfMessage);
            if (length >= 0)
            {
                start = _start;
                _start += length + 1;
                return true;
            }

            if (!ReadMore())
            {
                start = 0;
                return false;
            }
        }
    }

    private bool ReadMore()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            _received.AsSpan(_start, pending).CopyTo(_received);
            _received.AsSpan(pending, _end - pending).Clear();
            (_start, _end) = (0, pending);
        }

        if (_end == _received.Length)
        {
            if (_received.Length >= maxMessageBytes)
            {
                throw new InvalidDataException($"a message longer than the {maxMessageBytes:N0} bytes allowed arrived on it");
            }

            var larger = new byte[Math.Min(_received.Length * 2L, maxMessageBytes + 1L)];
            _received.AsSpan(0, _end).CopyTo(larger);
            Array.Clear(_received);
            _received = larger;
        }

        var read = input.Read(_received, _end, _received.Length - _end);
        _end += read;
        return read > 0;
    }

    public void Dispose()
    {
        input.Dispose();
        try
        {
            output.Dispose();
        }
        catch (IOException)
        {
            // The other side is gone (it crashed or was killed); there is nobody left to flush to.
        }
    }
}
