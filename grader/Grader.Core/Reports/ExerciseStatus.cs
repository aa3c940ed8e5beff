namespace Grader.Reports;

/// <summary>How far grading of one exercise got. Written in reports as snake_case (e.g. <c>compile_error</c>).</summary>
public enum ExerciseStatus
{
    Graded,
    CompileError,
    Missing,
    Crashed,
    TimedOut,
}
