namespace ToolCalling.Testing.Tests.Hints;

public class NamedHintsTests
{
    [Fact]
    public void Record_HintInTheExpectedOrFoundText_IsNotNamedButTheOneTheCheckGaveIs()
    {
        using var recording = NamedHints.Record();

        var require = () => Lesson.Require(false, "The result must be JSON.", "{}", CommonMistakes.MaxRoundsCountsRequests,
            CommonMistakes.ResultNotJson);

        require.Should().Throw<Exception>().Which.Message.Should().Contain(CommonMistakes.MaxRoundsCountsRequests);
        recording.Named.Should().Equal(CommonMistakes.ResultNotJson);
    }

    [Fact]
    public void Record_FailureDescribedWithTheCodesMessage_NamesOnlyTheHintTheCheckGave()
    {
        using var recording = NamedHints.Record();

        LearnerCode.DescribeFailure("AskAsync", "System.InvalidOperationException", CommonMistakes.StopsAfterOneRound, null);
        LearnerCode.DescribeFailure("AskAsync", "System.InvalidOperationException", "boom", CommonMistakes.ToolExceptionEscapes);

        recording.Named.Should().Equal(CommonMistakes.ToolExceptionEscapes);
    }

    [Fact]
    public async Task Record_HintNamedInAnAwaitedTask_IsKept()
    {
        using var recording = NamedHints.Record();

        await Task.Run(() => NamedHints.Name(CommonMistakes.NoMessages));

        recording.Named.Should().Equal(CommonMistakes.NoMessages);
    }

    [Fact]
    public void Record_Disposed_StopsKeepingAndGivesTheOuterRecordingBack()
    {
        using var outer = NamedHints.Record();
        using (var inner = NamedHints.Record())
        {
            NamedHints.Name(CommonMistakes.NoMessages);
            inner.Named.Should().Equal(CommonMistakes.NoMessages);
        }

        NamedHints.Name(CommonMistakes.EmptyToolsList);

        outer.Named.Should().Equal(CommonMistakes.EmptyToolsList);
    }

    [Fact]
    public void Name_WithoutARecording_ReturnsTheHint() =>
        NamedHints.Name(CommonMistakes.NoMessages).Should().Be(CommonMistakes.NoMessages);
}
