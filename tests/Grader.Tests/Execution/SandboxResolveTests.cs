using Grader.Execution;

namespace Grader.Tests.Execution;

public class SandboxResolveTests
{
    [Fact]
    public void Resolve_NoneAskedFor_RunsUnsandboxedAndWarnsWhatThatExposes()
    {
        var warnings = new List<string>();

        var sandbox = Sandbox.Resolve(SandboxMode.None, warnings.Add);

        sandbox.Name.Should().Be("none");
        warnings.Should().ContainSingle().Which.Should()
            .Be("Running learner code without a sandbox: --sandbox none was given. It can read and write what you can, the grader's own files included; grade untrusted code with bubblewrap.");
    }

    [SkippableFact]
    public void Resolve_BubblewrapOnX64OrArm64_BlocksNewProcessesAndSaysNothing()
    {
        Skip.If(BubblewrapSandbox.TryCreate(out _) is null, SandboxRequirement.NotInstalled);
        Skip.IfNot(NoNewProcessesFilter.ForThisMachine() is not null, "No process filter exists for this processor.");
        var warnings = new List<string>();

        var sandbox = Sandbox.Resolve(SandboxMode.Bwrap, warnings.Add);

        sandbox.Should().BeOfType<BubblewrapSandbox>().Which.BlocksNewProcesses.Should().BeTrue();
        warnings.Should().BeEmpty();
    }
}
