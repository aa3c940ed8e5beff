namespace Grader.StudentEdition;

/// <param name="Packages">How many NuGet packages were bundled for offline use; 0 when none were asked for.</param>
public sealed record ExportSummary(string Directory, int Exercises, int Files, int Packages = 0);
