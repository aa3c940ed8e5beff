using System.Runtime.Versioning;
using Grader.Infrastructure;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary>A submission whose folders the grader may not read is told so, never that its files are missing.</summary>
[Collection(GradingCollection.Name)]
public class UnreadableSubmissionTests(GradingFixture grading) : IDisposable
{
    private const string Exercise = "03-two-tool-agent";

    private const UnixFileMode OpenToAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly ScratchSpace _scratch = new();

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task Grade_ExerciseFolderThatCannotBeRead_SaysSoRatherThanThatItsFileIsMissing()
    {
        Skip.If(Environment.IsPrivilegedProcess && !File.Exists("/usr/sbin/runuser"), "Needs runuser, to grade as a user who cannot read every folder.");
        Skip.If(Environment.IsPrivilegedProcess && !GraderCli.CanRunWithoutPrivileges(),
            "The grader sits in a folder other users may not enter, so it cannot be run as a user who cannot read every folder.");
        var root = _scratch.NewFolder("grader-unreadable-");
        var folder = Path.Combine(root, "ada", "exercises", Exercise);
        SourceTree.Copy(Path.Combine(grading.Repository.Exercises, Exercise), folder, overwrite: false);
        File.SetUnixFileMode(root, OpenToAll);
        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            var result = await GraderCli.RunWithoutPrivilegesAsync("grade", Path.Combine(root, "ada"), "--suite", Path.Combine(grading.Repository.Suites, Exercise));

            result.ExitCode.Should().Be(0, result.ToString());
            result.Output.Should().Contain($"exercises/{Exercise}, or a folder inside it, could not be read (permission denied). Make its folders readable")
                .And.NotContain("is missing from the submission");
        }
        finally
        {
            File.SetUnixFileMode(folder, OpenToAll);
        }
    }

    public void Dispose() => _scratch.Dispose();
}
