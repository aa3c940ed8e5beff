using System.Text.Json;
using System.Threading.Channels;
using Grader.Worker.Protocol;

namespace Grader.Execution;

/// <summary>
/// Reads a worker's control channel on a thread of its own and queues each event for the grader to await.
/// A read from a pipe blocks a thread; on the shared thread pool, a dozen busy workers would starve the very
/// threads the grader needs, and grading would wait for the pool to grow instead of for the worker.
/// </summary>
internal sealed class WorkerInbox
{
    private readonly Channel<SealedMessage<WorkerEvent>> _events = Channel.CreateUnbounded<SealedMessage<WorkerEvent>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly Thread _reading;

    public WorkerInbox(ControlChannel channel, string name)
    {
        _reading = new Thread(() => Pump(channel)) { IsBackground = true, Name = name };
        _reading.Start();
    }

    /// <summary>Why reading stopped, when it was not simply because the worker closed its side.</summary>
    public string? BrokenBecause { get; private set; }

    /// <summary>Waits for the worker's side of the channel to close; false when it has not closed in time.</summary>
    public bool WaitForEnd(TimeSpan wait) => _reading.Join(wait);

    /// <summary>The next event, with its seal; null once the worker has closed its channel (it exited or crashed).</summary>
    /// <exception cref="TimeoutException">Nothing arrived within <paramref name="timeout"/>.</exception>
    public async Task<SealedMessage<WorkerEvent>?> ReceiveAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            return await _events.Reader.ReadAsync(cancellation.Token);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException();
        }
    }

    private void Pump(ControlChannel channel)
    {
        try
        {
            while (channel.ReceiveSealed(ProtocolJson.Default.WorkerEvent) is { } message)
            {
                _events.Writer.TryWrite(message);
            }
        }
        catch (JsonException)
        {
            BrokenBecause = "something that is not an event arrived on it";
        }
        catch (InvalidDataException exception)
        {
            BrokenBecause = exception.Message;
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            BrokenBecause = $"reading it failed ({exception.Message})";
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }
}
