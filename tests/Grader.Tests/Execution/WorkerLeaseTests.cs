using Grader.Execution;

namespace Grader.Tests.Execution;

/// <summary>
/// Code that could read its process's memory runs in a worker that ran nothing before it. The worker the submission used
/// until then is set aside for its next exercises, and let go at the end: reused only if the submission was trusted to
/// share and none of its exercises is still loaded there.
/// </summary>
public class WorkerLeaseTests
{
    [Fact]
    public async Task BeginUnshared_SubmissionTrustedToShare_GetsAFreshWorkerAndSetsTheOldOneAsideForItsNextExercise()
    {
        using var pool = new WorkerPool(new NoSandbox(), new GradingLimits(), warmTarget: 1);
        using var lease = new WorkerLease(pool);
        var used = await lease.GetAsync();

        lease.BeginUnshared();
        var fresh = await lease.GetAsync();
        var meanwhileFromThePool = await pool.TakeAsync();
        lease.EndUnshared();
        var next = await lease.GetAsync();

        pool.Return(meanwhileFromThePool);
        var afterFromThePool = await pool.TakeAsync();

        fresh.Should().NotBeSameAs(used, "code that can read its memory gets a worker that ran nothing");
        meanwhileFromThePool.Should().NotBeSameAs(used, "the worker set aside still serves this submission");
        next.Should().BeSameAs(used, "the submission's next exercise goes on where its paused exercises are loaded");
        afterFromThePool.Should().NotBeSameAs(fresh, "the worker of the code that could read its memory serves nothing after it");
        pool.Return(afterFromThePool);
    }

    [Fact]
    public async Task Dispose_WhileUnshared_LetsTheWorkerSetAsideGoAsAtTheEndOfTheSubmission()
    {
        using var pool = new WorkerPool(new NoSandbox(), new GradingLimits(), warmTarget: 1);
        WorkerProcess setAside;
        using (var lease = new WorkerLease(pool))
        {
            setAside = await lease.GetAsync();
            lease.BeginUnshared();
            await lease.GetAsync();
            // Grading the exercise threw before EndUnshared: the lease is disposed on the way out.
        }

        var nextFromThePool = await pool.TakeAsync();

        nextFromThePool.Should().BeSameAs(setAside, "a clean worker of a trusted submission, holding none of its exercises, serves the next one");
        pool.Return(nextFromThePool);
    }

    [Fact]
    public async Task BeginUnshared_SubmissionNotTrustedToShare_DoesNotReturnItsWorkerToThePool()
    {
        using var pool = new WorkerPool(new NoSandbox(), new GradingLimits(), warmTarget: 1);
        using var lease = new WorkerLease(pool);
        var used = await lease.GetAsync();
        lease.Shareable = false;

        lease.BeginUnshared();
        var nextFromThePool = await pool.TakeAsync();

        nextFromThePool.Should().NotBeSameAs(used, "no worker of a submission that may not share is reused");
        pool.Return(nextFromThePool);
    }

    [Fact]
    public async Task Dispose_WhileUnshared_KillsTheWorkerInsteadOfReturningIt()
    {
        using var pool = new WorkerPool(new NoSandbox(), new GradingLimits(), warmTarget: 1);
        WorkerProcess unshared;
        using (var lease = new WorkerLease(pool))
        {
            lease.BeginUnshared();
            unshared = await lease.GetAsync();
            // Grading the exercise threw before EndUnshared: the lease is disposed on the way out.
        }

        var nextFromThePool = await pool.TakeAsync();

        nextFromThePool.Should().NotBeSameAs(unshared, "a worker that ran code able to read its memory never serves anyone else");
        pool.Return(nextFromThePool);
    }

    [Fact]
    public async Task Dispose_WorkerStillHoldingAnExercise_KillsItInsteadOfReturningIt()
    {
        using var pool = new WorkerPool(new NoSandbox(), new GradingLimits(), warmTarget: 1);
        WorkerProcess holding;
        using (var lease = new WorkerLease(pool))
        {
            holding = await lease.GetAsync();
            holding.ExercisesKept.Add("02-dispatch-tool-call");
            // Grading stopped between the exercise's visible tests and its others: it is still loaded there.
        }

        var nextFromThePool = await pool.TakeAsync();

        nextFromThePool.Should().NotBeSameAs(holding, "a worker that still holds a submission's code never serves another submission");
        pool.Return(nextFromThePool);
    }

    [Fact]
    public async Task BeginUnshared_WorkerStillHoldingAnExercise_DoesNotReturnItToThePool()
    {
        using var pool = new WorkerPool(new NoSandbox(), new GradingLimits(), warmTarget: 1);
        using var lease = new WorkerLease(pool);
        var holding = await lease.GetAsync();
        holding.ExercisesKept.Add("02-dispatch-tool-call");

        lease.BeginUnshared();
        var nextFromThePool = await pool.TakeAsync();

        nextFromThePool.Should().NotBeSameAs(holding, "the exercise kept for its other tests is this submission's code and state");
        pool.Return(nextFromThePool);
    }
}
