using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary>The README's main command, run as a newcomer runs it.</summary>
[Collection(GradingCollection.Name)]
public class DemoCommandTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task Demo_GradesTheSampleClassAndPrintsItsGradebook()
    {
        var output = _scratch.Keep(Path.Combine(Path.GetTempPath(), "grader-demo-results-" + Guid.NewGuid().ToString("N")));
        var demo = grading.Scenarios.Where(scenario => scenario.Demo).Select(scenario => scenario.Name).ToList();

        var result = await GraderCli.RunAsync("demo", "--output", output);

        KeepTheDemoClass(result.Output);
        result.ExitCode.Should().Be(0, result.ToString());
        demo.Should().Contain(["all-correct", "untouched-starters"], "the demo shows both ends of the scale");
        Directory.EnumerateFiles(output, "*.json").Select(Path.GetFileNameWithoutExtension).Should().BeEquivalentTo(demo);
        var rows = File.ReadAllLines(Path.Combine(output, "gradebook.csv")).Skip(1).Select(line => line.Split(',')).ToDictionary(row => row[0]);
        rows.Keys.Should().BeEquivalentTo(demo);
        rows["all-correct"][1].Should().Be(rows["all-correct"][2], "the reference solutions get full marks");
        rows["untouched-starters"][1].Should().Be("0");
        var listed = grading.Scenarios.Where(scenario => scenario.Demo)
            .Select(scenario => result.Output.Split('\n').First(line => line.StartsWith($"  {scenario.Name} ", StringComparison.Ordinal)).IndexOf(scenario.Description, StringComparison.Ordinal));
        listed.Should().OnlyContain(column => column > 0).And.HaveCount(demo.Count);
        listed.Distinct().Should().ContainSingle("the descriptions line up in one column, whatever the length of the names");
        result.Output.Should().MatchRegex(@"\n  dotnet run --project \S*grader[/\\]Grader -- grade ", "it ends by saying how to grade one submission on its own");
        result.Output.Split('\n').Should().Contain(line => line.Contains("the arguments JSON was not parsed", StringComparison.Ordinal)
                && line.Contains(" 1 ", StringComparison.Ordinal) && line.TrimEnd().EndsWith("02", StringComparison.Ordinal),
            "the class's likely mistakes are counted, with the exercises they were seen in");
        File.ReadAllLines(Path.Combine(output, "mistakes.csv")).Should()
            .Contain("arguments_not_parsed,the arguments JSON was not parsed,1,02-dispatch-tool-call,02-mistake-arguments-not-parsed");
    }

    public void Dispose() => _scratch.Dispose();

    // The demo keeps its class for the newcomer to grade again; a test run must not leave it behind.
    private void KeepTheDemoClass(string output)
    {
        const string Marker = "The submissions are in ";
        var line = output.Split('\n').FirstOrDefault(text => text.StartsWith(Marker, StringComparison.Ordinal));
        if (line is not null)
        {
            _scratch.Keep(Path.GetDirectoryName(line[Marker.Length..line.IndexOf(';', StringComparison.Ordinal)])!);
        }
    }
}
