using Grader.Infrastructure;
using Grader.Reports;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary>
/// <c>--output /dev/stdout</c> or <c>/dev/null</c>: the report goes into the device, which stays what it was. Each test
/// reaches the device through a link in its own scratch folder, so that a grader that replaced its target would replace
/// only that link, never the machine's own <c>/dev/null</c>.
/// </summary>
[Collection(GradingCollection.Name)]
public class DeviceOutputTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [SkippableFact]
    public void Write_LinkToDevNull_WritesIntoTheDeviceAndKeepsTheLink()
    {
        Skip.If(OperatingSystem.IsWindows(), "/dev/null is a Unix device");
        var link = LinkTo("/dev/null");

        AtomicFile.Write(link, output => output.Write("{}"));

        new FileInfo(link).LinkTarget.Should().Be("/dev/null", "a link to a device is written through, never replaced by a file");
    }

    [SkippableFact]
    public async Task Grade_OutputToALinkToStdout_PrintsTheReportAndKeepsTheLink()
    {
        Skip.If(OperatingSystem.IsWindows(), "/proc/self/fd/1 is a Linux path");
        var submission = grading.Assemble(grading.Scenario("all-correct"));
        var link = LinkTo("/proc/self/fd/1");

        var result = await GraderCli.RunAsync("grade", submission, "--format", "json", "--output", link,
            "--suite", Path.Combine(grading.Repository.Suites, "02-dispatch-tool-call"));

        result.ExitCode.Should().Be(0, result.ToString());
        JsonReportReader.TryRead(result.Output, out var report, out var error).Should().BeTrue(error);
        report!.Score.Should().Be(report.MaxScore);
        new FileInfo(link).LinkTarget.Should().Be("/proc/self/fd/1");
    }

    private string LinkTo(string device)
    {
        var link = Path.Combine(_scratch.NewFolder("grader-device-"), "report.json");
        File.CreateSymbolicLink(link, device);
        return link;
    }

    public void Dispose() => _scratch.Dispose();
}
