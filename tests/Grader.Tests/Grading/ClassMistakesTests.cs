using Grader.Grading;
using Grader.Reports;
using Grader.Suites;

namespace Grader.Tests.Grading;

public class ClassMistakesTests
{
    [Fact]
    public void Of_CountsEachMistakeOncePerSubmissionAndListsItsExercises()
    {
        var reports = new[]
        {
            Report("ada", ("05-parallel-calls-and-errors", "arguments_parsed_outside_try"), ("05-parallel-calls-and-errors", "arguments_parsed_outside_try"),
                ("06-weather-calculator-agent", "arguments_parsed_outside_try")),
            Report("ben", ("06-weather-calculator-agent", "arguments_parsed_outside_try"), ("02-dispatch-tool-call", "result_not_json")),
            Report("cy", ("02-dispatch-tool-call", null)),
        };

        var rows = ClassMistakes.Of(reports);

        rows.Should().Equal(
            [
                new ClassMistakes.Row("arguments_parsed_outside_try", "the arguments are parsed outside the try",
                    ["05-parallel-calls-and-errors", "06-weather-calculator-agent"], ["ada", "ben"]),
                new ClassMistakes.Row("result_not_json", "the result is not returned as JSON", ["02-dispatch-tool-call"], ["ben"]),
            ],
            (found, expected) => found.Id == expected.Id && found.Title == expected.Title && found.Submissions == expected.Submissions
                && found.Exercises.SequenceEqual(expected.Exercises) && found.Names.SequenceEqual(expected.Names));
    }

    [Fact]
    public void Of_MistakeMadeInMoreSubmissions_ComesFirstWhateverItsId()
    {
        var reports = new[]
        {
            Report("ada", ("02-dispatch-tool-call", "result_not_json")),
            Report("ben", ("02-dispatch-tool-call", "result_not_json")),
            Report("cy", ("05-parallel-calls-and-errors", "arguments_parsed_outside_try")),
        };

        ClassMistakes.Of(reports).Select(row => row.Id).Should().Equal("result_not_json", "arguments_parsed_outside_try");
    }

    [Fact]
    public void Of_IdThisGraderDoesNotKnow_IsListedUnderTheIdItself() =>
        ClassMistakes.Of([Report("ada", ("02-dispatch-tool-call", "from_a_newer_grader"))]).Single().Title.Should().Be("from_a_newer_grader");

    [Fact]
    public void Of_ClassWithoutMistakes_IsEmpty() =>
        ClassMistakes.Of([Report("ada", ("02-dispatch-tool-call", null))]).Should().BeEmpty();

    private static GradingReport Report(string submission, params (string Slug, string? Mistake)[] failures) => new(
        submission, 0, 1, 0, "none",
        [.. failures.GroupBy(failure => failure.Slug).Select(exercise => new ExerciseResult(exercise.Key, 0, 1, ExerciseStatus.Graded, "",
            [.. exercise.Select((failure, index) => new TestResult($"test {index}", 0, 1, TestStatus.Failed, "", Visibility.Hidden, failure.Mistake))]))]);
}
