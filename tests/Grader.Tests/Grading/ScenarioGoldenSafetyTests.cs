using System.Xml.Linq;
using Grader.Reports;
using Grader.Scenarios;

namespace Grader.Tests.Grading;

/// <summary>
/// What every scenario's golden reports must be, whatever the submission put in them: none holds a character a
/// terminal would act on or that hides text, the JUnit XML parses, the JSON reads back, and no message is longer
/// than a report keeps.
/// Rewriting the goldens with UPDATE_GOLDEN=1 cannot make a regression pass these.
/// </summary>
public class ScenarioGoldenSafetyTests
{
    public static TheoryData<string> ScenarioFolders()
    {
        var repository = Infrastructure.RepositoryLayout.Locate();
        return new(Scenario.LoadAll(repository.Scenarios).Concat(Scenario.LoadAll(repository.HostileScenarios)).Select(scenario => scenario.Directory));
    }

    [Theory]
    [MemberData(nameof(ScenarioFolders))]
    public void ExpectedText_AnyScenario_HoldsOnlyCharactersThatShowAsThemselves(string folder)
    {
        var text = File.ReadAllText(Path.Combine(folder, "expected.txt"));

        VisibleText.Clean(text).Should().Be(text, "control, bidirectional and invisible characters are spelled out");
    }

    [Theory]
    [MemberData(nameof(ScenarioFolders))]
    public void ExpectedJUnit_AnyScenario_IsWellFormedXmlWithOnlyCharactersThatShowAsThemselves(string folder)
    {
        var xml = File.ReadAllText(Path.Combine(folder, "expected.junit.xml"));

        XDocument.Parse(xml).Root!.Name.LocalName.Should().Be("testsuites");
        VisibleText.Clean(xml).Should().Be(xml);
    }

    [Theory]
    [MemberData(nameof(ScenarioFolders))]
    public void ExpectedJson_AnyScenario_ReadsBackWithOnlyCharactersThatShowAsThemselvesAndEveryMessageCutToTheLimit(string folder)
    {
        var json = File.ReadAllText(Path.Combine(folder, "expected.json"));
        var report = JsonReportReader.Read(json);

        VisibleText.Clean(json).Should().Be(json, "the file escapes what would reorder or hide text, and reads back the same");
        var messages = report.Exercises.Select(exercise => exercise.Message)
            .Concat(report.Exercises.SelectMany(exercise => exercise.Tests).Select(test => test.Message));
        messages.Should().OnlyContain(message => message.Length <= LongText.MaxCharacters + LongText.Marker(int.MaxValue).Length + 1);
    }
}
