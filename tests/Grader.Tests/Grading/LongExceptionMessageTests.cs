namespace Grader.Tests.Grading;

/// <summary>An exception message of any length, as learner code can throw one, reaches the report cut short and saying so.</summary>
[Collection(GradingCollection.Name)]
public class LongExceptionMessageTests(GradingFixture grading)
{
    // 1,999 letters, then an emoji whose two halves straddle the worker's cut, then 3,000 more letters.
    private static readonly string DispatcherThatThrowsALongMessage = DispatcherSources.CorrectAfter(
        """
                if (toolCall.Function.Name == "fly_to_moon")
                {
                    throw new InvalidOperationException(new string('a', 1_999) + "😀" + new string('b', 3_000));
                }
        """);

    [Fact]
    public async Task Grade_ExceptionMessageLongerThanTheWorkerKeeps_EndsWithHowMuchWasLeftOut()
    {
        var report = await grading.Session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherThatThrowsALongMessage, "throws-a-long-message"));

        var message = report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call").Tests
            .Single(test => test.Name == "Unknown function returns an error object").Message;
        message.Should().Contain(new string('a', 1_999) + "\n... (3,002 more characters not shown)",
            "the cut is counted as the reports count theirs, and keeps the emoji whole or leaves it out");
        message.Should().NotContain("bbb").And.NotContain("\uFFFD");
    }
}
