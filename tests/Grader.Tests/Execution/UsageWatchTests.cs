using Grader.Execution;

namespace Grader.Tests.Execution;

public class UsageWatchTests
{
    private static readonly TimeSpan Beat = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Add_Check_RunsOnAThreadOfItsOwnRatherThanThePool()
    {
        // The point of the watch: a pool kept busy by compiles and events must not delay the check that stops a worker.
        using var watch = new UsageWatch(Beat);
        var onPoolThread = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = watch.Add(() => onPoolThread.TrySetResult(Thread.CurrentThread.IsThreadPoolThread));

        (await onPoolThread.Task.WaitAsync(Patience)).Should().BeFalse();
    }

    [Fact]
    public async Task Dispose_Registration_StopsOnlyItsOwnChecks()
    {
        using var watch = new UsageWatch(Beat);
        var removedChecks = 0;
        var keptChecks = 0;
        var removed = watch.Add(() => Interlocked.Increment(ref removedChecks));
        using var kept = watch.Add(() => Interlocked.Increment(ref keptChecks));
        await BeatsAsync(() => Volatile.Read(ref removedChecks), 2);

        removed.Dispose();
        var removedAtDispose = Volatile.Read(ref removedChecks);
        await BeatsAsync(() => Volatile.Read(ref keptChecks), 5);

        // One check may have been under way while the registration was disposed; none starts after it.
        Volatile.Read(ref removedChecks).Should().BeLessThanOrEqualTo(removedAtDispose + 1);
    }

    [Fact]
    public async Task Dispose_Watch_StopsEveryCheck()
    {
        var watch = new UsageWatch(Beat);
        var checks = 0;
        using var registration = watch.Add(() => Interlocked.Increment(ref checks));
        await BeatsAsync(() => Volatile.Read(ref checks), 2);

        watch.Dispose();
        var atDispose = Volatile.Read(ref checks);
        using var other = new UsageWatch(Beat);
        var otherChecks = 0;
        using var clock = other.Add(() => Interlocked.Increment(ref otherChecks));
        await BeatsAsync(() => Volatile.Read(ref otherChecks), 5);

        Volatile.Read(ref checks).Should().BeLessThanOrEqualTo(atDispose + 1);
    }

    [Fact]
    public async Task Add_CheckThatThrows_KeepsTheWatchAndTheOtherChecksRunning()
    {
        // An exception escaping the watch's thread would end the grader, and every worker's limits with it.
        using var watch = new UsageWatch(Beat);
        var failures = 0;
        var otherChecks = 0;
        using var failing = watch.Add(() =>
        {
            Interlocked.Increment(ref failures);
            throw new System.ComponentModel.Win32Exception("the process ended between the listing and the signal");
        });
        using var other = watch.Add(() => Interlocked.Increment(ref otherChecks));

        await BeatsAsync(() => Volatile.Read(ref otherChecks), 5);

        Volatile.Read(ref failures).Should().BeGreaterThanOrEqualTo(4, "the failing check is tried again on later beats");
    }

    private static async Task BeatsAsync(Func<int> counter, int beats)
    {
        var target = counter() + beats;
        using var patience = new CancellationTokenSource(Patience);
        while (counter() < target)
        {
            await Task.Delay(Beat, patience.Token);
        }
    }
}
