namespace Grader.Tests.Grading;

/// <summary>
/// The worker is tuned for speed, but learner code must behave in it exactly as under <c>dotnet test</c>:
/// a learner who passes there must pass here.
/// </summary>
[Collection(GradingCollection.Name)]
public class WorkerFidelityTests(GradingFixture grading)
{
    // Correct, but only if the serializer lets a property getter's own exception through, as it does under
    // dotnet test. Serializers that read properties through reflection wrap it in a TargetInvocationException.
    private static readonly string DispatcherThatCatchesAGettersException = DispatcherSources.CorrectAfter(
        """
                try
                {
                    JsonSerializer.Serialize(new Fragile());
                    return "the serializer did not call the getter";
                }
                catch (InvalidOperationException)
                {
                }
        """,
        """
            private sealed class Fragile
            {
                public string Value => throw new InvalidOperationException("not ready");
            }
        """);

    [Fact]
    public async Task Grade_CodeThatCatchesAnExceptionFromAGetterDuringSerialization_CatchesItAsUnderDotnetTest()
    {
        using var session = grading.OpenPrivateSession();

        var report = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherThatCatchesAGettersException, "catches-a-getters-exception"));

        var dispatch = report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call");
        dispatch.Score.Should().Be(dispatch.MaxScore, "the getter's InvalidOperationException should reach the learner's catch: {0}",
            string.Join("; ", dispatch.Tests.Where(test => test.Score < test.MaxScore).Select(test => test.Message)));
    }
}
