using System.Collections;
using System.IO.Pipes;
using System.Reflection;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Grader.Worker.Protocol;

namespace Grader.Tests.Protocol;

/// <summary>
/// The control channel between the grader and a worker. In a worker it shares the process with learner code, which
/// may find it by reflection: it must keep no copy of the secret that seals the worker's events.
/// </summary>
public class ControlChannelTests
{
    private const string Secret = "5EC2E7C0FFEE0000DEADBEEF123456785EC2E7C0FFEE0000DEADBEEF12345678";

    [Fact]
    public async Task Receive_MessagesLargerThanItsBuffer_ArriveWholeAndInOrder()
    {
        using var pair = new ChannelPair();
        var large = Enumerable.Range(0, 300_000).Select(index => (byte)index).ToArray();
        var sent = new[]
        {
            new WorkerRequest(WorkerRequest.Run, large, [1, 2, 3], ["Suites.First", "Suites.Ünïcödé \"quoted\""], Nonce: "first"),
            new WorkerRequest(WorkerRequest.Finish, Nonce: "second"),
            new WorkerRequest(WorkerRequest.Finish),
        };

        var sending = Task.Run(() => sent.ToList().ForEach(request => pair.Grader.Send(request, ProtocolJson.Default.WorkerRequest)));
        var received = Enumerable.Range(0, sent.Length).Select(_ => pair.Worker.Receive(ProtocolJson.Default.WorkerRequest)).ToList();
        await sending;

        received.Should().HaveCount(3);
        received[0]!.Learner.Should().Equal(large);
        received[0]!.Tests.Should().Equal(sent[0].Tests);
        received[0]!.Nonce.Should().Be("first");
        received[1]!.Should().BeEquivalentTo(sent[1]);
        received[2]!.Nonce.Should().BeNull();
    }

    [Fact]
    public async Task ReceiveSealed_AnEventSealedForTheOpenRequest_Verifies()
    {
        using var pair = new ChannelPair();
        var seal = new EventSeal(Convert.FromHexString(Secret), "nonce-1");

        pair.Worker.Send(new WorkerEvent(WorkerEvent.Completed, "Suites.Only", Value: new System.Text.Json.Nodes.JsonObject { ["ok"] = "✓ \"quoted\"" }),
            ProtocolJson.Default.WorkerEvent, seal);
        var received = await Task.Run(() => pair.Grader.ReceiveSealed(ProtocolJson.Default.WorkerEvent));

        received!.Message.Value!["ok"]!.GetValue<string>().Should().Be("✓ \"quoted\"");
        seal.Verifies(received.Seal, received.Body).Should().BeTrue();
        new EventSeal(Convert.FromHexString(Secret), "nonce-2").Verifies(received.Seal, received.Body)
            .Should().BeFalse("a seal holds only for the request it answers");
        new EventSeal(new byte[32], "nonce-1").Verifies(received.Seal, received.Body)
            .Should().BeFalse("a seal holds only under the worker's secret");
    }

    [Theory]
    [InlineData("""{"op":"completed","test":"Suites.Only","value":{"ok":true}}""")]
    [InlineData("""0000000000000000000000000000000000000000000000000000000000000000 {"op":"completed","test":"Suites.Only"}""")]
    public async Task ReceiveSealed_AnEventWrittenWithoutTheSecret_DoesNotVerify(string forged)
    {
        using var pair = new ChannelPair();
        pair.WriteRawFromWorker(forged + "\n");

        var received = await Task.Run(() => pair.Grader.ReceiveSealed(ProtocolJson.Default.WorkerEvent));

        received!.Message.Test.Should().Be("Suites.Only");
        (received.Seal is not null && new EventSeal(Convert.FromHexString(Secret), "nonce-1").Verifies(received.Seal, received.Body))
            .Should().BeFalse();
    }

    [Fact]
    public async Task ReceiveAndSend_LeaveNoCopyOfTheSecretThatReflectionCanReach()
    {
        using var pair = new ChannelPair();
        var sending = Task.Run(() => pair.Grader.Send(new WorkerRequest(WorkerRequest.Start, Nonce: "nonce-0", Secret: Secret), ProtocolJson.Default.WorkerRequest));
        var start = pair.Worker.Receive(ProtocolJson.Default.WorkerRequest);
        await sending;
        var answering = Task.Run(() => pair.Grader.ReceiveSealed(ProtocolJson.Default.WorkerEvent));
        pair.Worker.Send(new WorkerEvent(WorkerEvent.Ready), ProtocolJson.Default.WorkerEvent, new EventSeal(Convert.FromHexString(start!.Secret!), start.Nonce!));
        (await answering)!.Seal.Should().NotBeNull();
        start = null;

        ObjectsReachableFrom(pair.Worker).Where(Holds).Should().BeEmpty(
            "learner code that finds the worker's channel by reflection must not find the secret there");
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

    [Fact]
    public void Receive_AMessageLongerThanTheLimit_IsRefusedOnceTheLimitIsReached()
    {
        using var pair = new ChannelPair(graderLimit: 16 * 1024);
        pair.WriteRawFromWorker(new string('x', 40 * 1024) + "\n"); // within what a pipe holds, so nothing blocks

        var receive = () => pair.Grader.ReceiveSealed(ProtocolJson.Default.WorkerEvent);

        receive.Should().Throw<InvalidDataException>().WithMessage("*longer than the 16,384 bytes allowed*");
    }

    private static bool Holds(object value) => value switch
    {
        string text => text.Contains(Secret, StringComparison.Ordinal),
        char[] characters => new string(characters).Contains(Secret, StringComparison.Ordinal),
        byte[] bytes => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Secret)) >= 0 || bytes.AsSpan().IndexOf(Convert.FromHexString(Secret)) >= 0,
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

        public ChannelPair(int graderLimit = int.MaxValue / 2)
        {
            Grader = new ControlChannel(_fromWorker, _toWorker, graderLimit);
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

        // As learner code would, through the worker's end of the pipe.
        public void WriteRawFromWorker(string text)
        {
            var pipe = new AnonymousPipeClientStream(PipeDirection.Out, _fromWorker.ClientSafePipeHandle);
            pipe.Write(Encoding.UTF8.GetBytes(text));
            pipe.Flush();
        }

        public void Dispose()
        {
            Worker.Dispose();
            Grader.Dispose();
        }
    }
}
