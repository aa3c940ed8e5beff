using System.Text;

namespace Grader.Execution;

/// <summary>
/// Reads everything a worker prints, keeping the first <c>limit</c> bytes and the last few kilobytes, and
/// counting the rest. Reading never stops, so a flood of output can never block the worker or fill memory.
/// </summary>
internal sealed class OutputCapture
{
    private const int TailBytes = 8 * 1024;

    private readonly int _limit;
    private readonly MemoryStream _head = new();
    private readonly Queue<byte[]> _tail = new();
    private readonly Lock _lock = new();
    private readonly Thread _reading;
    private int _tailLength;

    // A thread of its own, because a read from a pipe blocks it (see WorkerInbox).
    public OutputCapture(Stream source, int limit, string name)
    {
        _limit = limit;
        _reading = new Thread(() => Pump(source)) { IsBackground = true, Name = name };
        _reading.Start();
    }

    public long TotalBytes { get; private set; }

    /// <summary>Waits for the stream to end, so a crash's last words are in; false when it has not ended in time.</summary>
    public bool WaitForEnd(TimeSpan wait) => _reading.Join(wait);

    /// <summary>The kept text: the beginning, and the end when something was dropped in between.</summary>
    public string Text()
    {
        lock (_lock)
        {
            var head = Encoding.UTF8.GetString(_head.GetBuffer(), 0, (int)_head.Length);
            if (TotalBytes <= _head.Length)
            {
                return head;
            }

            var tail = Encoding.UTF8.GetString(_tail.SelectMany(chunk => chunk).ToArray());
            return $"{head}\n... ({TotalBytes - _head.Length - _tailLength:N0} bytes not kept) ...\n{tail}";
        }
    }

    private void Pump(Stream source)
    {
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = source.Read(buffer)) > 0)
            {
                Append(buffer.AsSpan(0, read));
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The worker went away; what was read so far is what there is.
        }
    }

    private void Append(ReadOnlySpan<byte> chunk)
    {
        lock (_lock)
        {
            TotalBytes += chunk.Length;
            var room = (int)Math.Max(0, _limit - _head.Length);
            _head.Write(chunk[..Math.Min(room, chunk.Length)]);
            if (chunk.Length > room)
            {
                _tail.Enqueue(chunk[room..].ToArray());
                _tailLength += chunk.Length - room;
                while (_tailLength - _tail.Peek().Length >= TailBytes)
                {
                    _tailLength -= _tail.Dequeue().Length;
                }
            }
        }
    }
}
