namespace Grader.Suites;

/// <summary>A hidden suite compiled twice: whole, for the grader's checks, and without its checks, for the workers' acts.</summary>
public sealed record SuiteImages(byte[] Checks, byte[] Acts);
