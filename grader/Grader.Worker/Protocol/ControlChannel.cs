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

    /// <summary>The next message, or null when the other side closed the channel.</summary>
    public async Task<T?> ReceiveAsync<T>(JsonTypeInfo<T> type, CancellationToken cancellationToken = default)
        where T : class
    {
        var line = await _reader.ReadLineAsync(cancellationToken);
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
