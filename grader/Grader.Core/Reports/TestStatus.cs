namespace Grader.Reports;

public enum TestStatus
{
    Passed,
    Failed,
    Error,
    Timeout,
}
