using Grader.Reports;
using Grader.Suites;

namespace Grader.Grading;

/// <summary>
/// An exercise of a submission, read and compiled: either its compiled code, ready to run, or the result it gets
/// without running (missing, unreadable, not compiling, not matching the contract).
/// </summary>
/// <param name="Shareable">False when the code may reach beyond its own load context (see SharingPolicy).</param>
/// <param name="Took">How long reading and compiling took.</param>
internal sealed record ExercisePreparation(CompiledSuite Suite, byte[]? Image, bool Shareable, ExerciseResult? NotGraded, TimeSpan Took = default);
