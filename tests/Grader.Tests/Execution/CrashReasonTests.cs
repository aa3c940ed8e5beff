using Grader.Execution;

namespace Grader.Tests.Execution;

public class CrashReasonTests
{
    [Theory]
    [InlineData(134, "the process was killed by signal 6 (SIGABRT, an abort)")]
    [InlineData(137, "the process was killed by signal 9 (SIGKILL)")]
    [InlineData(139, "the process was killed by signal 11 (SIGSEGV, an invalid memory access)")]
    [InlineData(143, "the process was killed by signal 15 (SIGTERM)")]
    [InlineData(129, "the process was killed by signal 1 (a signal)")]
    [InlineData(-9, "the process was killed by signal 9")]
    public void Describe_ExitCodeOfAKilledProcess_NamesTheSignalButOnlyInTheDetails(int exitCode, string detailed)
    {
        var reason = CrashReason.Describe(exitCode, "", null);

        reason.Detailed.Should().Be(detailed);
        reason.Plain.Should().Be("the process was killed by a signal");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(128)]
    [InlineData(160)]
    public void Describe_ExitCodeChosenByTheCode_IsShownOnlyInTheDetails(int exitCode)
    {
        var reason = CrashReason.Describe(exitCode, "", null);

        reason.Detailed.Should().Be($"the process exited with code {exitCode} during the test (did the code call Environment.Exit?)");
        reason.Plain.Should().Be("the process exited during the test (did the code call Environment.Exit?)");
    }

    [Theory]
    [InlineData("Stack overflow.\n   at Exercises.Loop()", "stack overflow: the code recursed too deeply (a method that calls itself without stopping?)")]
    [InlineData("Process terminated. a worker lost once", "the process was terminated by Environment.FailFast")]
    [InlineData("Out of memory.", "the process ran out of memory")]
    public void Describe_WhatTheRuntimePrinted_OutweighsTheExitCodeAndAnEscapedException(string stderr, string reason) =>
        CrashReason.Describe(134, stderr, "an exception escaped the test on another thread (InvalidOperationException: x)")
            .Should().Be(Reason.Fixed(reason));
}
