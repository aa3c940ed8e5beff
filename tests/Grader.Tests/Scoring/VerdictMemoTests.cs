using System.Text.Json.Nodes;
using Grader.Execution;
using Grader.Scoring;
using Grader.Suites;

namespace Grader.Tests.Scoring;

public class VerdictMemoTests
{
    private readonly HiddenTestInfo _test = new(typeof(Check_that_counts_its_runs).FullName!, "Counts runs", 1, Visibility.Hidden,
        "Returns a call count of 2.", typeof(Check_that_counts_its_runs));

    private readonly Judge _judge = new(revealHiddenDetails: false, new GradingLimits());

    public VerdictMemoTests() => Check_that_counts_its_runs.Runs = 0;

    [Fact]
    public void Decide_TheSameValueForTheSameTestTwice_ChecksItOnceWithTheSameVerdict()
    {
        var first = Decide(new JsonObject { ["calls"] = 1 });
        var second = Decide(new JsonObject { ["calls"] = 1 });

        Check_that_counts_its_runs.Runs.Should().Be(1);
        second.Should().Be(first);
        first.Score.Should().Be(0);
    }

    [Fact]
    public void Decide_AnotherValue_IsCheckedAnew()
    {
        var wrong = Decide(new JsonObject { ["calls"] = 1 });
        var right = Decide(new JsonObject { ["calls"] = 2 });

        Check_that_counts_its_runs.Runs.Should().Be(2);
        wrong.Score.Should().Be(0);
        right.Score.Should().Be(1);
    }

    [Fact]
    public void Decide_TheSameValueForAnotherTest_IsCheckedAnew()
    {
        Decide(new JsonObject { ["calls"] = 2 });
        var other = _test with { Id = "Suite.Other", Name = "Other" };

        _judge.Decide(other, new ActCompleted(other.Id, new Produced(new JsonObject { ["calls"] = 2 })));

        Check_that_counts_its_runs.Runs.Should().Be(2);
    }

    [Fact]
    public void Decide_AnExceptionOfAnotherMessage_IsCheckedAnew()
    {
        Decide(null, "System.InvalidOperationException", "first");
        Decide(null, "System.InvalidOperationException", "first");
        Decide(null, "System.InvalidOperationException", "second");

        Check_that_counts_its_runs.Runs.Should().Be(2);
    }

    [Fact]
    public void Decide_AKeyWrittenTwice_IsNotTakenForTheSameValueWrittenOnce()
    {
        Decide(JsonNode.Parse("""{"calls": 2}"""));
        Decide(JsonNode.Parse("""{"calls": 1, "calls": 2}"""));

        Check_that_counts_its_runs.Runs.Should().Be(2);
    }

    [Fact]
    public void Decide_ALargeValue_IsCheckedEveryTime()
    {
        var large = new string('x', 20_000);

        Decide(new JsonObject { ["calls"] = 2, ["padding"] = large });
        Decide(new JsonObject { ["calls"] = 2, ["padding"] = large });

        Check_that_counts_its_runs.Runs.Should().Be(2);
    }

    [Fact]
    public void Decide_AnExceptionOfALongTypeName_IsCheckedEveryTime()
    {
        // The type's name is the learner's to choose: a generic type nested in itself is named with every argument in full.
        var type = "Learner.Failure`1[[" + new string('x', 20_000) + "]]";

        Decide(null, type, "failed");
        Decide(null, type, "failed");

        Check_that_counts_its_runs.Runs.Should().Be(2);
    }

    // Some checks stop at a time limit (a schema's pattern after 1 s, a whole value after 5 s), so how busy the machine
    // was can decide their verdict: such a verdict says nothing of the next submission that produces the same value.
    [Fact]
    public void Decide_ACheckThatTookAsLongAsATimeLimit_IsCheckedAgainForTheSameValue()
    {
        var test = _test with { Id = "Suite.OutOfTimeOnce", CheckType = typeof(Check_that_ran_out_of_time_once) };
        Check_that_ran_out_of_time_once.Runs = 0;

        var busy = _judge.Decide(test, new ActCompleted(test.Id, new Produced(new JsonObject { ["calls"] = 2 })));
        var calm = _judge.Decide(test, new ActCompleted(test.Id, new Produced(new JsonObject { ["calls"] = 2 })));

        busy.Score.Should().Be(0);
        Check_that_ran_out_of_time_once.Runs.Should().Be(2);
        calm.Score.Should().Be(1, "the second submission's value was checked on its own, in time");
    }

    private Grader.Reports.TestResult Decide(JsonNode? value, string? exceptionType = null, string? exceptionMessage = null) =>
        _judge.Decide(_test, new ActCompleted(_test.Id, new Produced(value, exceptionType, exceptionMessage)));
}

internal sealed class Check_that_counts_its_runs : HiddenTest
{
    public static int Runs { get; set; }

    public override object? Act() => null;

    public override void Check(Produced produced)
    {
        Runs++;
        produced.Value!["calls"]!.GetValue<int>().Should().Be(2);
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
