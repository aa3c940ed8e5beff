using System.Collections;
using System.IO.Pipes;
using System.Reflection;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Grader.Worker.Protocol;

namespace Grader.Tests.Execution;

/// <summary>
/// The control channel between the grader and a worker. In a worker it shares the process with learner code, which
/// may find it by reflection: it must keep no copy of the key that proves an event came from the worker.
/// </summary>
public class ControlChannelTests
{
    private const string Key = "5EC2E7C0FFEE0000DEADBEEF12345678";

    [Fact]
    public async Task Receive_MessagesLargerThanItsBuffer_ArriveWholeAndInOrder()
    {
        using var pair = new ChannelPair();
        var large = Enumerable.Range(0, 300_000).Select(index => (byte)index).ToArray();
        var sent = new[]
        {
            new WorkerRequest(WorkerRequest.Run, large, [1, 2, 3], ["Suites.First", "Suites.Ünïcödé \"quoted\""], Key),
            new WorkerRequest(WorkerRequest.Finish, Key: "second"),
            new WorkerRequest(WorkerRequest.Exit),
        };

        var sending = Task.Run(() => sent.ToList().ForEach(request => pair.Grader.Send(request, ProtocolJson.Default.WorkerRequest)));
        var received = Enumerable.Range(0, sent.Length).Select(_ => pair.Worker.Receive(ProtocolJson.Default.WorkerRequest)).ToList();
        await sending;

        received.Should().HaveCount(3);
        received[0]!.Learner.Should().Equal(large);
        received[0]!.Tests.Should().Equal(sent[0].Tests);
        received[0]!.Key.Should().Be(Key);
        received[1]!.Should().BeEquivalentTo(sent[1]);
        received[2]!.Op.Should().Be(WorkerRequest.Exit);
    }

    [Fact]
    public async Task ReceiveAndSend_LeaveNoCopyOfTheKeyThatReflectionCanReach()
    {
        using var pair = new ChannelPair();
        var sending = Task.Run(() => pair.Grader.Send(new WorkerRequest(WorkerRequest.Run, new byte[40_000], [], ["Suites.Only"], Key), ProtocolJson.Default.WorkerRequest));
        var request = pair.Worker.Receive(ProtocolJson.Default.WorkerRequest);
        await sending;
        var answering = Task.Run(() => pair.Grader.Receive(ProtocolJson.Default.WorkerEvent));
        pair.Worker.Send(new WorkerEvent(WorkerEvent.Started, "Suites.Only", Key: request!.Key), ProtocolJson.Default.WorkerEvent);
        (await answering)!.Key.Should().Be(Key);

        ObjectsReachableFrom(pair.Worker).Where(Holds).Should().BeEmpty(
            "learner code that finds the worker's channel by reflection must not find the key there");
    }

    [Fact]
    public void Receive_WhenTheOtherSideCloses_ReturnsNull()
    {
        using var pair = new ChannelPair();
        pair.CloseGraderSide();

        pair.Worker.Receive(ProtocolJson.Default.WorkerRequest).Should().BeNull();
    }

    [Fact]
    public void Receive_TextThatIsNotAMessage_Throws()
    {
        using var pair = new ChannelPair();
        pair.WriteRawFromGrader("PASSED 6/6\n");

        var receive = () => pair.Worker.Receive(ProtocolJson.Default.WorkerRequest);

        receive.Should().Throw<JsonException>();
    }

    private static bool Holds(object value) => value switch
    {
        string text => text.Contains(Key, StringComparison.Ordinal),
        char[] characters => new string(characters).Contains(Key, StringComparison.Ordinal),
        byte[] bytes => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Key)) >= 0,
        _ => false,
    };

    // Every object reachable from the root through fields of any visibility, as learner code could walk them.
    private static IEnumerable<object> ObjectsReachableFrom(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance) { root };
        var pending = new Queue<object>([root]);
        while (pending.Count > 0 && seen.Count < 50_000)
        {
            var current = pending.Dequeue();
            yield return current;
            var children = current is IEnumerable sequence and not string and not byte[] and not char[] && current.GetType().IsArray
                ? sequence.Cast<object?>()
                : Fields(current.GetType()).Select(field => field.GetValue(current));
            foreach (var child in children)
            {
                if (child is not null && !child.GetType().IsPrimitive && child is not Pointer && seen.Add(child))
                {
                    pending.Enqueue(child);
                }
            }
        }
    }

    private static IEnumerable<FieldInfo> Fields(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.FieldType.IsPrimitive && !field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                {
                    yield return field;
                }
            }
        }
    }

    /// <summary>Two ends of a control channel over real pipes, as between the grader and a worker.</summary>
    private sealed class ChannelPair : IDisposable
    {
        private readonly AnonymousPipeServerStream _toWorker = new(PipeDirection.Out);
        private readonly AnonymousPipeServerStream _fromWorker = new(PipeDirection.In);

        public ChannelPair()
        {
            Grader = new ControlChannel(_fromWorker, _toWorker);
            Worker = new ControlChannel(
                new AnonymousPipeClientStream(PipeDirection.In, _toWorker.ClientSafePipeHandle),
                new AnonymousPipeClientStream(PipeDirection.Out, _fromWorker.ClientSafePipeHandle));
        }

        public ControlChannel Grader { get; }

        public ControlChannel Worker { get; }

        public void CloseGraderSide() => _toWorker.Dispose();

        public void WriteRawFromGrader(string text)
        {
            _toWorker.Write(Encoding.UTF8.GetBytes(text));
            _toWorker.Flush();
        }

        public void Dispose()
        {
            Worker.Dispose();
            Grader.Dispose();
        }
    }
}
