using System.Text.Json.Nodes;
using Grader.Execution;
using Grader.Scoring;
using Grader.Suites;

namespace Grader.Tests.Scoring;

// Some checks stop at a time limit (a schema's pattern after 1 s, a whole value after 5 s), so how busy the machine was
// can decide their verdict: such a verdict says nothing of the next submission that produces the same value.
public class VerdictMemoTimeLimitTests
{
    private readonly HiddenTestInfo _test = new(typeof(Check_that_ran_out_of_time_once).FullName!, "Out of time once", 1, Visibility.Hidden,
        "Checks the value in time.", typeof(Check_that_ran_out_of_time_once));

    public VerdictMemoTimeLimitTests() => Check_that_ran_out_of_time_once.Runs = 0;

    [Fact]
    public void Decide_ACheckThatTookAsLongAsATimeLimit_IsCheckedAgainForTheSameValue()
    {
        var judge = new Judge(revealHiddenDetails: false, new GradingLimits());

        var busy = judge.Decide(_test, new ActCompleted(_test.Id, new Produced(new JsonObject { ["calls"] = 2 })));
        var calm = judge.Decide(_test, new ActCompleted(_test.Id, new Produced(new JsonObject { ["calls"] = 2 })));

        busy.Score.Should().Be(0);
        Check_that_ran_out_of_time_once.Runs.Should().Be(2);
        calm.Score.Should().Be(1, "the second submission's value was checked on its own, in time");
    }
}

internal sealed class Check_that_ran_out_of_time_once : HiddenTest
{
    public static int Runs { get; set; }

    public override object? Act() => null;

    public override void Check(Produced produced)
    {
        if (++Runs == 1)
        {
            Thread.Sleep(TimeSpan.FromSeconds(1));
            throw new InvalidOperationException("checking the value took more than 1 s and was stopped");
        }
    }
}
