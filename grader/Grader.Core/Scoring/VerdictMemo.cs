using System.Collections.Concurrent;
using System.Diagnostics;
using Grader.Reports;
using Grader.Suites;

namespace Grader.Scoring;

/// <summary>
/// The verdicts a grading session has reached, by test and by what the learner's code produced. Learners who solve an
/// exercise alike produce the same values, and a check decides from those values alone, so a class's batch runs each
/// check once per distinct value instead of once per submission. Values past a size, verdicts past a session's share of
/// memory and verdicts of checks slow enough to have met a time limit are simply checked again.
/// </summary>
internal sealed class VerdictMemo
{
    private const int LongestKeptValue = 16 * 1024;
    private const long MostKeptCharacters = 16 * 1024 * 1024;

    // Some checks stop at a time limit (a schema's pattern after 1 s, a whole value after 5 s), so how busy the machine
    // was can decide their verdict. A check that finished in half the shortest of them met none; a slower one is checked
    // again for the next value like it, so that one busy moment does not decide every submission that produces it.
    private static readonly TimeSpan SlowestKept = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<Key, TestResult> _reached = new();
    private long _keptCharacters;

    public TestResult Reach(HiddenTestInfo test, Produced produced, Func<TestResult> check)
    {
        if (KeyOf(test, produced) is not { } key)
        {
            return check();
        }

        if (_reached.TryGetValue(key, out var verdict))
        {
            return verdict;
        }

        var clock = Stopwatch.StartNew();
        verdict = check();
        if (clock.Elapsed < SlowestKept && Interlocked.Add(ref _keptCharacters, key.Size) <= MostKeptCharacters)
        {
            _reached.TryAdd(key, verdict);
        }

        return verdict;
    }

    private static Key? KeyOf(HiddenTestInfo test, Produced produced)
    {
        string? value;
        try
        {
            value = produced.Threw ? null : produced.ValueAsWrittenOf("the produced value")?.ToJsonString();
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Text.Json.JsonException)
        {
            return null;
        }

        var key = new Key(test, produced.ExceptionType, produced.ExceptionMessage, value);
        return key.Size <= LongestKeptValue ? key : null;
    }

    // The value as written: a key written twice is not the same value as the key written once. Every text of the key is
    // the learner's code's to make long, the exception type's name included (a generic type names its arguments in full).
    private readonly record struct Key(HiddenTestInfo Test, string? ExceptionType, string? ExceptionMessage, string? Value)
    {
        public int Size => (Value?.Length ?? 0) + (ExceptionType?.Length ?? 0) + (ExceptionMessage?.Length ?? 0);
    }
}
