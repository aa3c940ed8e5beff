using Grader.Suites;
using Grader.Worker.Execution;

namespace Grader.Tests.Execution;

/// <summary>What the worker reports of an act that throws: the exception the learner's code raised, not a wrapper around it.</summary>
public class ActRunnerTests
{
    [Fact]
    public void Run_ActThatWaitedOnAFailedTask_ReportsTheExceptionInsideTheAggregate()
    {
        var act = typeof(Act_that_waits_on_a_failed_task);

        var reported = ActRunner.Run(act.Assembly, act.FullName!, assembly => assembly == act.Assembly);

        reported.ExceptionType.Should().Be("System.InvalidOperationException", "Task.Wait wraps the exception, and checks look at what the code threw");
        reported.ExceptionMessage.Should().Be("The tool failed.");
    }
}

internal sealed class Act_that_waits_on_a_failed_task : HiddenTest
{
    public override object? Act()
    {
        Task.FromException(new InvalidOperationException("The tool failed.")).Wait();
        return null;
    }

    public override void Check(Produced produced)
    {
    }
}
