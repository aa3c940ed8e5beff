using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Grader.Worker.Protocol;

/// <summary>
/// Newline-delimited JSON over a pair of pipes that are separate from the process's stdout and stderr.
/// In a worker, learner code shares the process with this channel. So the channel keeps no copy of what passed
/// through it: a message's bytes are wiped once read, and nothing is buffered on the way out. Learner code that
/// finds the channel by reflection then cannot read the key of the request it is answering.
/// </summary>
public sealed class ControlChannel(Stream input, Stream output) : IDisposable
{
    private const byte EndOfMessage = (byte)'\n';

    private readonly Lock _writeLock = new();
    private byte[] _received = new byte[16 * 1024];
    private int _start;
    private int _end;

    public void Send<T>(T message, JsonTypeInfo<T> type)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, type);
        lock (_writeLock)
        {
            output.Write(bytes);
            output.WriteByte(EndOfMessage);
            output.Flush();
        }

        Array.Clear(bytes);
    }

    /// <summary>
    /// Blocks until the next message, or returns null when the other side closed the channel. Pipes have no
    /// truly asynchronous reads on every platform, so a reader that must not block calls this on a thread of its own.
    /// </summary>
    /// <exception cref="JsonException">The other side wrote something that is not a message.</exception>
    public T? Receive<T>(JsonTypeInfo<T> type)
        where T : class
    {
        while (true)
        {
            var length = _received.AsSpan(_start, _end - _start).IndexOf(EndOfMessage);
            if (length >= 0)
            {
                var line = _received.AsSpan(_start, length);
                _start += length + 1;
                try
                {
                    return JsonSerializer.Deserialize(line, type);
                }
                finally
                {
                    line.Clear();
                }
            }

            if (!ReadMore())
            {
                return null;
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
            var larger = new byte[_received.Length * 2];
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
