namespace Grader.Autograder;

/// <summary>The autograder zip that was written.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="Files">How many files it holds.</param>
/// <param name="Bytes">Its size.</param>
public sealed record AutograderPackage(string Path, int Files, long Bytes);
