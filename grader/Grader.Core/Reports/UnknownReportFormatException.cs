namespace Grader.Reports;

/// <summary>A report format was asked for by a name no writer has; the message lists the names there are.</summary>
internal sealed class UnknownReportFormatException(string message) : ArgumentException(message);
