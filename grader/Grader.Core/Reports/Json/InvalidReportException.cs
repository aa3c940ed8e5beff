namespace Grader.Reports;

/// <summary>A file that should hold a grader report in JSON does not; the message says what is wrong and where.</summary>
internal sealed class InvalidReportException(string message) : Exception(message);
