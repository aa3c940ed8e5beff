namespace Grader.StudentEdition;

public sealed record ExportSummary(string Directory, int Exercises, int Files);
