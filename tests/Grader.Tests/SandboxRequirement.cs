namespace Grader.Tests;

/// <summary>Why a test of what the bubblewrap sandbox does is skipped on a machine without it.</summary>
internal static class SandboxRequirement
{
    public const string NotInstalled =
        "This test checks what the bubblewrap sandbox does, and bubblewrap is not installed here. Install it (apt-get install bubblewrap; .ci/run does) to run it.";
}
