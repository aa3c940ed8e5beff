using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Grader.Worker.Protocol;

/// <summary>Newline-delimited JSON over a pair of pipes that are separate from the process's stdout and stderr.</summary>
public sealed class ControlChannel(Stream input, Stream output) : IDisposable
{
    private readonly StreamReader _reader = new(input, new UTF8Encoding(false));
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
    private readonly Lock _writeLock = new();

    public void Send<T>(T message, JsonTypeInfo<T> type)
    {
        var line = JsonSerializer.Serialize(message, type);
        lock (_writeLock)
        {
            _writer.WriteLine(line);
        }
    }

    /// <summary>
    /// Blocks until the next message, or returns null when the other side closed the channel. Pipes have no
    /// truly asynchronous reads on every platform, so a reader that must not block calls this on a thread of its own.
    /// </summary>
    public T? Receive<T>(JsonTypeInfo<T> type)
        where T : class
    {
        var line = _reader.ReadLine();
        return line is null ? null : JsonSerializer.Deserialize(line, type);
    }

    public void Dispose()
    {
        _reader.Dispose();
        try
        {
            _writer.Dispose();
        }
        catch (IOException)
        {
            // The other side is gone (it crashed or was killed); there is nobody left to flush to.
        }
    }
}
